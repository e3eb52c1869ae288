package org.dangxiao.training.ui.handlers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceView;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The people in the active selection, whichever part put them there and in whichever shape. */
final class Selections {
	private Selections() {
	}

	/**
	 * A {@link Person}, a collection or array of them (the people part publishes a {@code List<Person>}),
	 * or a JFace selection of them; anything else selects no one. Each person is read again, since
	 * the selection may be older than the last change.
	 */
	static List<Person> people(Optional<Object> selection, WorkspaceView workspace) {
		List<Person> out = new ArrayList<>();
		selection.ifPresent(s -> collect(s, out));
		return out.stream().map(p -> workspace.person(p.id())).flatMap(Optional::stream).distinct().toList();
	}

	private static void collect(Object s, List<Person> out) {
		switch (s) {
		case Person p -> out.add(p);
		case IStructuredSelection sel -> sel.toList().forEach(x -> collect(x, out));
		case Collection<?> c -> c.forEach(x -> {
			if (x instanceof Person p) {
				out.add(p);
			}
		});
		case Object[] array -> {
			for (Object x : array) {
				if (x instanceof Person p) {
					out.add(p);
				}
			}
		}
		default -> {
		}
		}
	}
}
