package org.dangxiao.studyplan.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.PlannedMeeting;

/**
 * The organizations a view looks at: the one selected in the shell's tree and everything below
 * it, or the whole tree when nothing is selected. The organization is kept by id and looked up
 * in the current tree on every read, since the selection may be older than the last change.
 */
public record Scope(Optional<OrgId> root) {
	/**
	 * Up to this many organizations are read one by one through their owner index; above it, one
	 * read of the whole table filtered in memory is cheaper than thousands of small queries.
	 */
	static final int PER_ORGANIZATION_READS = 200;

	public Scope {
		java.util.Objects.requireNonNull(root, "root");
	}

	public static Scope all() {
		return new Scope(Optional.empty());
	}

	public static Scope of(Optional<Organization> selected) {
		return new Scope(selected.map(Organization::id));
	}

	public boolean isAll() {
		return root.isEmpty();
	}

	/** The selected organization as it is now; empty for the whole tree or one removed meanwhile. */
	public Optional<Organization> organization(WorkspaceView ws) {
		return root.flatMap(id -> ws.organizations().get(id));
	}

	/** 全部党组织, or 第一党委及下级组织 for a subtree. */
	public String label(WorkspaceView ws) {
		return label(ws.organizations());
	}

	public String label(OrganizationTree tree) {
		return root.map(id -> tree.children(id).isEmpty() ? Ui.organization(tree, id)
				: Nls.bind(Messages.Scope_SUBTREE, Ui.organization(tree, id))).orElse(Messages.Scope_ALL);
	}

	/** The organizations of the scope in tree order; empty when the selected one was removed. */
	public List<Organization> organizations(OrganizationTree tree) {
		if (root.isEmpty()) {
			return tree.root().map(r -> tree.subtree(r.id())).orElse(List.of());
		}
		return tree.subtree(root.get());
	}

	/**
	 * The scope as a tree of its own, its top without a parent, for the compliance logic that
	 * evaluates whole trees; the whole tree itself when nothing is selected.
	 */
	public OrganizationTree tree(OrganizationTree full) {
		if (root.isEmpty()) {
			return full;
		}
		List<Organization> members = new ArrayList<>(full.subtree(root.get()));
		if (members.isEmpty()) {
			return OrganizationTree.empty();
		}
		Organization top = members.get(0);
		members.set(0, new Organization(top.id(), top.code(), top.name(), top.type(), Optional.empty()));
		return OrganizationTree.of(members);
	}

	/** Whether the organization {@code id} belongs to the scope. */
	public boolean contains(OrganizationTree tree, OrgId id) {
		return root.isEmpty() ? tree.contains(id) : tree.isWithin(id, root.get());
	}

	public List<Meeting> meetings(WorkspaceView ws) {
		return records(ws, Meeting.class, Meeting::organization);
	}

	public List<PlannedMeeting> planned(WorkspaceView ws) {
		return records(ws, PlannedMeeting.class, PlannedMeeting::organization);
	}

	/** Records owned by an organization (meetings, planned meetings) of the scope, in no particular order. */
	private <V extends Record> List<V> records(WorkspaceView ws, Class<V> type, Function<V, OrgId> owner) {
		if (root.isEmpty()) {
			return ws.list(type);
		}
		OrganizationTree tree = ws.organizations();
		List<Organization> members = tree.subtree(root.get());
		if (members.size() == tree.size()) {
			return ws.list(type); // the top of the tree: everything, with nothing to filter
		}
		if (members.size() <= PER_ORGANIZATION_READS) {
			List<V> out = new ArrayList<>();
			for (Organization o : members) {
				out.addAll(ws.list(type, o.id()));
			}
			return out;
		}
		Set<OrgId> ids = new HashSet<>(members.size() * 2);
		members.forEach(o -> ids.add(o.id()));
		return ws.list(type).stream().filter(v -> ids.contains(owner.apply(v))).toList();
	}
}
