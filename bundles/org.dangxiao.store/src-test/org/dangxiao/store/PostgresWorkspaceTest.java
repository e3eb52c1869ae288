package org.dangxiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.dangxiao.model.Commands;
import org.dangxiao.model.WorkspaceEvent;
import org.junit.jupiter.api.Test;

class PostgresWorkspaceTest extends WorkspaceContract {
	@Override
	Stores stores() {
		return new Stores.Postgres();
	}

	/** A change committed by another client reaches this client's listeners without a restart. */
	@Test
	void changesOfAnotherClientArriveAsEvents() throws Exception {
		JdbcWorkspace other = open(stores.again());
		List<WorkspaceEvent> seen = new CopyOnWriteArrayList<>();
		other.subscribe(seen::add);
		Thread.sleep(300); // the listener connection says LISTEN before we commit
		ws.execute(Commands.editPerson(ZHANG, ZHANG.withPost("党支部书记")));
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (seen.isEmpty() && System.nanoTime() < end) {
			Thread.sleep(20);
		}
		assertEquals(1, seen.size(), "one remote event");
		assertEquals(WorkspaceEvent.Kind.REMOTE, seen.get(0).kind());
		assertTrue(seen.get(0).label().contains("张三"), seen.get(0).label());
		assertEquals("党支部书记", other.person(ZHANG.id()).orElseThrow().post());
		assertEquals(1, events.stream().filter(e -> e.kind() == WorkspaceEvent.Kind.EXECUTE).count());
		assertTrue(events.stream().noneMatch(e -> e.kind() == WorkspaceEvent.Kind.REMOTE), "our own NOTIFY is not an echo");
	}
}
