package org.dangxiao.store;

/**
 * The H2 crash test with a child of 32 MB: H2 then stores the command's pages while it runs and
 * finishes the commit from its log after a kill, as it must for a 500,000-row import on any heap.
 * H2 2.5.252 reopened such a command half done; the target pins 2.3.232.
 */
class H2SmallHeapCrashTest extends H2CrashTest {
	@Override
	String childHeap() {
		return "-Xmx32m";
	}
}
