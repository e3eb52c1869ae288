package org.dangxiao.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * The latest answer to one question asked in the background: coverage over 500,000 people or
 * compliance over 20,000 organizations must not freeze the window. Each {@link #run} supersedes the
 * previous one; only the answer to the newest question reaches the UI, and none after the owner is
 * disposed. The workspace serializes its reads, so one background thread is enough.
 */
public final class Async<T> {
	private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "dangxiao-ui-background");
		t.setDaemon(true);
		return t;
	});

	private final Control owner;
	/** Touched on the UI thread only. */
	private long generation;

	public Async(Control owner) {
		this.owner = owner;
	}

	/** Computes {@code work} off the UI thread, then hands the result to {@code done} on it. */
	public void run(Supplier<T> work, Consumer<T> done) {
		run(work, done, e -> {
		});
	}

	/** As {@link #run(Supplier, Consumer)}; a failure of {@code work} reaches {@code failed} on the UI thread. */
	public void run(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
		long asked = ++generation;
		Display display = owner.getDisplay();
		WORKER.execute(() -> {
			if (!isCurrent(display, asked)) {
				return;
			}
			T result;
			try {
				result = work.get();
			} catch (RuntimeException e) {
				// a stale question (an organization removed meanwhile) or a fault: the next change asks again
				ILog.of(Async.class).warn(String.valueOf(e), e);
				deliver(display, () -> {
					if (!owner.isDisposed() && asked == generation) {
						failed.accept(e);
					}
				});
				return;
			}
			deliver(display, () -> {
				if (!owner.isDisposed() && asked == generation) {
					done.accept(result);
				}
			});
		});
	}

	/** Drops the answer still being computed. */
	public void cancel() {
		generation++;
	}

	/** A cheap early check from the worker; the UI thread checks again before delivering. */
	private boolean isCurrent(Display display, long asked) {
		boolean[] current = { false };
		deliverSync(display, () -> current[0] = !owner.isDisposed() && asked == generation);
		return current[0];
	}

	private static void deliver(Display display, Runnable r) {
		try {
			if (!display.isDisposed()) {
				display.asyncExec(r);
			}
		} catch (SWTException e) {
			// the workbench closed meanwhile
		}
	}

	private static void deliverSync(Display display, Runnable r) {
		try {
			if (!display.isDisposed()) {
				display.syncExec(r);
			}
		} catch (SWTException e) {
			// the workbench closed meanwhile
		}
	}
}
