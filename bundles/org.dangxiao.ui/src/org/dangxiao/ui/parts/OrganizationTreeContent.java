package org.dangxiao.ui.parts;

import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** An {@link OrganizationTree} (the viewer's input) from its root down: the tree view's and any dialog's that picks an organization. */
public final class OrganizationTreeContent implements ITreeContentProvider {
	private OrganizationTree tree = OrganizationTree.empty();

	@Override
	public void inputChanged(org.eclipse.jface.viewers.Viewer v, Object oldInput, Object newInput) {
		tree = newInput instanceof OrganizationTree t ? t : OrganizationTree.empty();
	}

	@Override
	public Object[] getElements(Object input) {
		return tree.root().map(r -> new Object[] { r }).orElse(new Object[0]);
	}

	@Override
	public Object[] getChildren(Object parent) {
		return tree.children(((Organization) parent).id()).toArray();
	}

	@Override
	public Object getParent(Object element) {
		return tree.parent(((Organization) element).id()).orElse(null);
	}

	@Override
	public boolean hasChildren(Object element) {
		return !tree.children(((Organization) element).id()).isEmpty();
	}
}
