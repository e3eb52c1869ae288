package org.dangxiao.model;

import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.nls.Nls;

/**
 * A node of the organization tree (党组织). The parent is empty only for the root.
 *
 * @param code the organization's own code (组织代码), unique in a workspace
 */
public record Organization(OrgId id, String code, String name, OrgType type, Optional<OrgId> parent) {
	public Organization {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(parent, "parent");
		code = Check.text(code, "code");
		name = Check.text(name, "name");
		if (parent.filter(id::equals).isPresent()) {
			throw new IllegalArgumentException(Nls.bind(Messages.Tree_CYCLE, name));
		}
	}

	public Organization withName(String newName) {
		return new Organization(id, code, newName, type, parent);
	}

	public Organization withParent(OrgId newParent) {
		return new Organization(id, code, name, type, Optional.of(newParent));
	}
}
