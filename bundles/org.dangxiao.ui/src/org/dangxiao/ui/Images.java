package org.dangxiao.ui;

import java.net.URL;
import java.util.EnumMap;
import java.util.Map;

import org.dangxiao.model.OrgType;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.osgi.framework.FrameworkUtil;

/** Icons of this bundle, disposed with the control that asked for them. */
public final class Images {
	private final ResourceManager resources;
	private final Map<OrgType, Image> orgTypes = new EnumMap<>(OrgType.class);

	public Images(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	public static ImageDescriptor descriptor(String name) {
		URL url = FrameworkUtil.getBundle(Images.class).getEntry("icons/" + name);
		return ImageDescriptor.createFromURL(url);
	}

	public Image get(String name) {
		return resources.create(descriptor(name));
	}

	public Image of(OrgType type) {
		return orgTypes.computeIfAbsent(type, t -> get(switch (t) {
		case PARTY_COMMITTEE, WORKING_COMMITTEE, LEADING_PARTY_GROUP -> "committee.png";
		case GENERAL_BRANCH -> "generalbranch.png";
		case BRANCH -> "branch.png";
		case GROUP -> "group.png";
		}));
	}
}
