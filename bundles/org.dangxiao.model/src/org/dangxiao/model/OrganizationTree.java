package org.dangxiao.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.model.nls.Nls;

/**
 * An immutable, validated organization tree: exactly one root when not empty, every parent
 * exists, no cycles, unique codes. Children are ordered by code.
 */
public final class OrganizationTree {
	private static final Comparator<Organization> BY_CODE = Comparator.comparing(Organization::code);

	private final Map<OrgId, Organization> byId;
	private final Map<OrgId, List<Organization>> children;
	private final Optional<Organization> root;

	private OrganizationTree(Map<OrgId, Organization> byId, Map<OrgId, List<Organization>> children,
			Optional<Organization> root) {
		this.byId = byId;
		this.children = children;
		this.root = root;
	}

	/** Builds and checks a tree; throws {@link TreeInvariantException} naming the first broken rule. */
	public static OrganizationTree of(Collection<Organization> organizations) {
		Map<OrgId, Organization> byId = new HashMap<>(organizations.size() * 2);
		Map<String, Organization> byCode = new HashMap<>(organizations.size() * 2);
		for (Organization o : organizations) {
			byId.put(o.id(), o);
			if (byCode.putIfAbsent(o.code(), o) != null) {
				throw new TreeInvariantException(Nls.bind(Messages.Tree_DUPLICATE_CODE, o.code()));
			}
		}
		List<Organization> roots = new ArrayList<>();
		Map<OrgId, List<Organization>> children = new HashMap<>();
		for (Organization o : byId.values()) {
			if (o.parent().isEmpty()) {
				roots.add(o);
			} else if (!byId.containsKey(o.parent().get())) {
				throw new TreeInvariantException(Nls.bind(Messages.Tree_UNKNOWN_PARENT, o.name()));
			} else {
				children.computeIfAbsent(o.parent().get(), k -> new ArrayList<>()).add(o);
			}
		}
		if (!byId.isEmpty() && roots.isEmpty()) {
			// every node has a parent, so there must be a cycle; name one of its members
			throw new TreeInvariantException(Nls.bind(Messages.Tree_CYCLE, byId.values().stream().min(BY_CODE).orElseThrow().name()));
		}
		if (roots.size() > 1) {
			roots.sort(BY_CODE);
			throw new TreeInvariantException(Nls.bind(Messages.Tree_SEVERAL_ROOTS, roots.size(),
					roots.stream().map(Organization::name).collect(Collectors.joining("、"))));
		}
		children.values().forEach(l -> l.sort(BY_CODE));
		// nodes not reachable from the root sit on a cycle
		Set<OrgId> reached = new HashSet<>();
		List<OrgId> todo = new ArrayList<>();
		roots.forEach(r -> todo.add(r.id()));
		while (!todo.isEmpty()) {
			OrgId id = todo.remove(todo.size() - 1);
			reached.add(id);
			children.getOrDefault(id, List.of()).forEach(c -> todo.add(c.id()));
		}
		if (reached.size() != byId.size()) {
			Organization lost = byId.values().stream().filter(o -> !reached.contains(o.id())).min(BY_CODE).orElseThrow();
			throw new TreeInvariantException(Nls.bind(Messages.Tree_CYCLE, lost.name()));
		}
		children.replaceAll((k, v) -> List.copyOf(v));
		return new OrganizationTree(Map.copyOf(byId), Map.copyOf(children), roots.stream().findFirst());
	}

	public static OrganizationTree empty() {
		return new OrganizationTree(Map.of(), Map.of(), Optional.empty());
	}

	public Optional<Organization> root() {
		return root;
	}

	public Optional<Organization> get(OrgId id) {
		return Optional.ofNullable(byId.get(id));
	}

	public boolean contains(OrgId id) {
		return byId.containsKey(id);
	}

	public List<Organization> children(OrgId id) {
		return children.getOrDefault(id, List.of());
	}

	public Optional<Organization> parent(OrgId id) {
		return get(id).flatMap(Organization::parent).flatMap(this::get);
	}

	/** From the root down to {@code id}, both included; empty for an unknown id. */
	public List<Organization> path(OrgId id) {
		List<Organization> path = new ArrayList<>();
		for (Optional<Organization> o = get(id); o.isPresent(); o = o.get().parent().flatMap(this::get)) {
			path.add(0, o.get());
		}
		return path;
	}

	/** {@code id} and everything below it, depth first in code order. */
	public List<Organization> subtree(OrgId id) {
		List<Organization> out = new ArrayList<>();
		get(id).ifPresent(o -> collect(o, out));
		return out;
	}

	private void collect(Organization o, List<Organization> out) {
		out.add(o);
		children(o.id()).forEach(c -> collect(c, out));
	}

	/** True when {@code ancestor} is {@code id} or above it. */
	public boolean isWithin(OrgId id, OrgId ancestor) {
		for (Optional<Organization> o = get(id); o.isPresent(); o = o.get().parent().flatMap(this::get)) {
			if (o.get().id().equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	public Collection<Organization> all() {
		return byId.values();
	}

	public int size() {
		return byId.size();
	}
}
