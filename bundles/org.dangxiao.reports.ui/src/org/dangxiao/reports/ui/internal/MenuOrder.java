package org.dangxiao.reports.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;

/**
 * A model processor run after every fragment: puts 报表 right before 帮助. Each plug-in's menu is
 * inserted "before 帮助", so the last fragment applied would win that place; fragments are applied
 * in bundle order, which would put 报表 before 学习 and 培训.
 */
public class MenuOrder {
	static final String MENU = "org.dangxiao.reports.ui.menu.reports";
	static final String HELP = "org.dangxiao.ui.menu.help";

	@Execute
	public void execute(MApplication application) {
		for (MWindow window : application.getChildren()) {
			if (window.getMainMenu() != null) {
				reorder(window.getMainMenu().getChildren());
			}
		}
	}

	/** Moves the reports menu to just before 帮助; leaves the list alone when either is missing. */
	static void reorder(List<MMenuElement> menus) {
		MMenuElement reports = find(menus, MENU);
		if (reports == null || find(menus, HELP) == null) {
			return;
		}
		menus.remove(reports);
		menus.add(menus.indexOf(find(menus, HELP)), reports);
	}

	private static MMenuElement find(List<MMenuElement> menus, String id) {
		for (MMenuElement m : menus) {
			if (m instanceof MMenu && id.equals(m.getElementId())) {
				return m;
			}
		}
		return null;
	}
}
