package org.dangxiao.training.schedule;

import java.util.Arrays;

/**
 * Maximum flow source → unit → class → sink by Dinic's algorithm, on flat int arrays because the
 * unit→class edges run to hundreds of thousands (2,000 units × 200 classes).
 *
 * <p>Classes are opened one at a time in the order given (the caller passes them earliest first) and
 * the flow is made maximal after each. An augmenting path ends at the sink and never leaves it, so
 * the flow into an already opened class never drops afterwards: for every k, the first k classes end
 * up holding as many people as they possibly can, and the last round leaves the overall maximum.
 *
 * <p>Layout (CSR): node 0 is the source, then one node per unit, one per class, and the sink. Each
 * node's arcs are contiguous; a unit's arcs are [back to source, class 0, class 1, …] so that
 * opening class k just moves the end of every unit's range by one.
 */
final class UnitClassFlow {
	private static final int SOURCE = 0;

	private final int units;
	private final int classes;
	private final int sink;
	/** First arc of each node; {@code first[node + 1]} ends its full range. */
	private final int[] first;
	/** One past the last arc in use; a unit only sees the classes opened so far. */
	private final int[] end;
	private final int[] head;
	private final int[] cap;
	private final int[] twin;
	private final int[] level;
	private final int[] cursor;
	private final int[] queue;

	private UnitClassFlow(int[] people, int[] seats, int limit) {
		units = people.length;
		classes = seats.length;
		int nodes = units + classes + 2;
		sink = nodes - 1;
		long arcs = 2L * units + 2L * units * classes + 2L * classes;
		if (arcs > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("too large to schedule: " + units + " units × " + classes + " classes");
		}
		first = new int[nodes + 1];
		end = new int[nodes];
		head = new int[(int) arcs];
		cap = new int[(int) arcs];
		twin = new int[(int) arcs];
		level = new int[nodes];
		cursor = new int[nodes];
		queue = new int[nodes];

		first[SOURCE] = 0;
		for (int u = 0; u < units; u++) {
			first[unitNode(u)] = unitArcs(u);
		}
		for (int c = 0; c < classes; c++) {
			first[classNode(c)] = classArcs(c);
		}
		first[sink] = sinkArcs();
		first[nodes] = (int) arcs;
		for (int v = 0; v < nodes; v++) {
			end[v] = first[v + 1];
		}

		for (int u = 0; u < units; u++) {
			link(u, unitArcs(u), unitNode(u), people[u]);
			for (int c = 0; c < classes; c++) {
				link(unitArcs(u) + 1 + c, classArcs(c) + u, classNode(c), limit);
			}
		}
		for (int c = 0; c < classes; c++) {
			link(classArcs(c) + units, sinkArcs() + c, sink, seats[c]);
		}
	}

	/**
	 * The flow from unit u into class c at {@code [u * seats.length + c]}; maximal in total, and
	 * maximal for every prefix of {@code seats}.
	 *
	 * @param people per unit
	 * @param seats  per class, in the order classes should be preferred
	 * @param limit  per unit and class
	 */
	static int[] solve(int[] people, int[] seats, int limit) {
		UnitClassFlow flow = new UnitClassFlow(people, seats, limit);
		flow.run();
		return flow.result();
	}

	private void run() {
		for (int k = 0; k < classes; k++) {
			for (int u = 0; u < units; u++) {
				end[unitNode(u)] = unitArcs(u) + 2 + k;
			}
			fillDirectly(k);
			while (levels()) {
				System.arraycopy(first, 0, cursor, 0, cursor.length);
				while (push(SOURCE, Integer.MAX_VALUE) > 0) {
					// each call finds one path of the level graph; the cursors make the phase linear
				}
			}
		}
	}

	/**
	 * Paths source → unit → class k → sink, in unit order: what the first phase of Dinic would push
	 * (the earlier classes have no augmenting path left), without its breadth-first search.
	 */
	private void fillDirectly(int k) {
		int toSink = classArcs(k) + units;
		for (int u = 0; u < units && cap[toSink] > 0; u++) {
			int toClass = unitArcs(u) + 1 + k;
			int amount = Math.min(cap[u], Math.min(cap[toClass], cap[toSink]));
			if (amount > 0) {
				cap[u] -= amount;
				cap[twin[u]] += amount;
				cap[toClass] -= amount;
				cap[twin[toClass]] += amount;
				cap[toSink] -= amount;
				cap[twin[toSink]] += amount;
			}
		}
	}

	private int[] result() {
		int[] flow = new int[units * classes];
		for (int c = 0; c < classes; c++) {
			int base = classArcs(c);
			for (int u = 0; u < units; u++) {
				// the residual capacity of the reverse arc is the flow on the forward one
				flow[u * classes + c] = cap[base + u];
			}
		}
		return flow;
	}

	/** Breadth-first levels from the source; stops once the sink is found, as deeper nodes cannot help. */
	private boolean levels() {
		Arrays.fill(level, -1);
		level[SOURCE] = 0;
		queue[0] = SOURCE;
		int read = 0;
		int write = 1;
		while (read < write) {
			int v = queue[read++];
			int next = level[v] + 1;
			for (int a = first[v], e = end[v]; a < e; a++) {
				if (cap[a] > 0) {
					int w = head[a];
					if (level[w] < 0) {
						level[w] = next;
						if (w == sink) {
							return true;
						}
						queue[write++] = w;
					}
				}
			}
		}
		return false;
	}

	/** Pushes one augmenting path of the level graph from {@code v}; returns its amount, 0 if none. */
	private int push(int v, int amount) {
		if (v == sink) {
			return amount;
		}
		int next = level[v] + 1;
		for (int e = end[v]; cursor[v] < e; cursor[v]++) {
			int a = cursor[v];
			int w = head[a];
			if (cap[a] > 0 && level[w] == next) {
				int pushed = push(w, Math.min(amount, cap[a]));
				if (pushed > 0) {
					cap[a] -= pushed;
					cap[twin[a]] += pushed;
					return pushed;
				}
			}
		}
		return 0;
	}

	/** Arc {@code a} from the node owning it to {@code to}, paired with {@code back}, the way back. */
	private void link(int a, int back, int to, int capacity) {
		head[a] = to;
		cap[a] = capacity;
		twin[a] = back;
		twin[back] = a;
		cap[back] = 0;
		head[back] = ownerOf(a);
	}

	private int ownerOf(int arc) {
		if (arc < units) {
			return SOURCE;
		}
		if (arc < classArcs(0)) {
			return unitNode((arc - units) / (classes + 1));
		}
		if (arc < sinkArcs()) {
			return classNode((arc - classArcs(0)) / (units + 1));
		}
		return sink;
	}

	private int unitNode(int u) {
		return 1 + u;
	}

	private int classNode(int c) {
		return 1 + units + c;
	}

	private int unitArcs(int u) {
		return units + u * (classes + 1);
	}

	private int classArcs(int c) {
		return units + units * (classes + 1) + c * (units + 1);
	}

	private int sinkArcs() {
		return units + units * (classes + 1) + classes * (units + 1);
	}
}
