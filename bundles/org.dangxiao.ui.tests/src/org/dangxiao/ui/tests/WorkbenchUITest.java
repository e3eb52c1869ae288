package org.dangxiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Commands;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceLocation;
import org.dangxiao.model.Workspaces;
import org.dangxiao.ui.parts.OrganizationTreePart;
import org.dangxiao.ui.parts.PeoplePart;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Runs inside the real product, started by the Tycho UI harness under Xvfb, on the demo workspace. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchUITest {
	private MApplication app;
	private Workspace workspace;
	private OrganizationTreePart tree;
	private PeoplePart people;

	@BeforeEach
	void findTheWorkbench() {
		assertNotNull(Display.getCurrent(), "the test must run on the SWT UI thread");
		BundleContext ctx = FrameworkUtil.getBundle(PeoplePart.class).getBundleContext();
		ServiceReference<IWorkbench> ref = ctx.getServiceReference(IWorkbench.class);
		assertNotNull(ref, "the e4 workbench is not running");
		app = ctx.getService(ref).getApplication();
		workspace = app.getContext().get(Workspace.class);
		assertNotNull(workspace, "no Workspace service in the e4 context");
		EModelService models = app.getContext().get(EModelService.class);
		tree = (OrganizationTreePart) part(models, OrganizationTreePart.ID).getObject();
		people = (PeoplePart) part(models, PeoplePart.ID).getObject();
		assertNotNull(tree, "organization tree part not rendered");
		assertNotNull(people, "people part not rendered");
		people.filter().setText("");
		setIncludeSubtree(false);
	}

	private void setIncludeSubtree(boolean on) {
		people.includeSubtree().setSelection(on);
		people.includeSubtree().notifyListeners(SWT.Selection, null);
	}

	private MPart part(EModelService models, String id) {
		MPart part = (MPart) models.find(id, app);
		assertNotNull(part, id + " is not in the application model");
		return part;
	}

	@Test
	@Order(1)
	void windowIsChineseWithItsMenus() {
		Shell shell = people.viewer().getTable().getShell();
		assertTrue(shell.isVisible());
		assertTrue(shell.getText().startsWith("党校学习培训工作台"), shell.getText());
		MTrimmedWindow window = (MTrimmedWindow) app.getChildren().get(0);
		List<String> menus = new ArrayList<>();
		for (MMenuElement m : window.getMainMenu().getChildren()) {
			menus.add(m.getLocalizedLabel());
		}
		// the shell's menus around those the plug-ins contribute (培训, 学习, 报表), whose order is theirs
		assertEquals(List.of("文件(&F)", "编辑(&E)", "视图(&V)"), menus.subList(0, 3));
		assertEquals("帮助(&H)", menus.get(menus.size() - 1));
		assertEquals(Set.of("培训(&T)", "学习(&S)", "报表(&B)"), Set.copyOf(menus.subList(3, menus.size() - 1)));
		assertEquals("公民身份号码", people.viewer().getTable().getColumn(3).getText());
		assertTrue(workspace.personCount() > 2000, "demo workspace loaded: " + workspace.personCount());
	}

	@Test
	@Order(2)
	void selectingAnOrganizationShowsExactlyItsPeople() throws Exception {
		// the demo organization with the most people placed directly in it
		Organization org = workspace.organizations().all().stream()
				.max((a, b) -> Integer.compare(workspace.peopleIn(a.id()).size(), workspace.peopleIn(b.id()).size()))
				.orElseThrow();
		List<Person> expected = workspace.peopleIn(org.id());
		assertTrue(expected.size() >= 5, "demo organization too small: " + org.name());
		select(org);
		waitUntil(() -> tableCitizenIds().equals(ids(expected)), "table shows the people of " + org.name());
		assertEquals(expected.size(), people.viewer().getTable().getItemCount());
		screenshot("workbench-organization");

		setIncludeSubtree(true);
		Organization parent = workspace.organizations().parent(org.id()).orElseThrow();
		select(parent);
		waitUntil(() -> tableCitizenIds().equals(ids(workspace.peopleWithin(parent.id()))), "subtree of " + parent.name());
	}

	@Test
	@Order(3)
	void pinyinFilterAndUndoRedoThroughTheMenuCommands() throws Exception {
		Organization root = workspace.organizations().root().orElseThrow();
		workspace.execute(Commands.addOrganization(new Organization(new OrgId(0), "UI-TEST", "界面测试党小组", OrgType.GROUP, Optional.of(root.id()))));
		Organization group = workspace.organizations().all().stream().filter(o -> o.code().equals("UI-TEST")).findFirst().orElseThrow();
		// names chosen by hand: initials zs (张三, 赵四), zxs (周晓松), ls (李四), wzs (王张三)
		Map<String, String> names = Map.of("张三", "11010519900101001", "赵四", "11010519900101002", "周晓松", "11010519900101003",
				"李四", "11010519900101004", "王张三", "11010519900101005");
		names.forEach((name, first17) -> {
			CitizenId id = CitizenId.of(first17 + CitizenId.checkCharacter(first17));
			workspace.execute(Commands.addPerson(new Person(new PersonId(0), name, id.gender(), "汉族", id, group.id(), "党员",
					Optional.empty(), Set.of())));
		});
		// the tree learns of the new group from the workspace event, on a later turn of the event loop
		waitUntil(() -> {
			tree.select(group);
			return group.equals(tree.viewer().getStructuredSelection().getFirstElement());
		}, "the new group appears in the tree and is selected");
		waitUntil(() -> tableNames().equals(Set.of("张三", "赵四", "周晓松", "李四", "王张三")), "new group's five people");

		typeFilter("zs");
		waitUntil(() -> tableNames().equals(Set.of("张三", "赵四")), "zs keeps 张三 and 赵四");
		screenshot("workbench-pinyin-filter");
		typeFilter("张");
		waitUntil(() -> tableNames().equals(Set.of("张三", "王张三")), "张 matches inside names");
		typeFilter("zhao");
		waitUntil(() -> tableNames().equals(Set.of("赵四")), "full pinyin");
		typeFilter("");
		waitUntil(() -> tableNames().size() == 5, "empty filter shows all");

		// 职务 edit as a command, then 编辑 > 撤销 / 重做 through the real e4 commands
		Person zhang = workspace.peopleIn(group.id()).stream().filter(p -> p.name().equals("张三")).findFirst().orElseThrow();
		workspace.execute(Commands.editPerson(zhang, zhang.withPost("党小组组长")));
		waitUntil(() -> tableText("张三", 6).equals("党小组组长"), "edited post shown");
		runCommand("org.dangxiao.ui.command.undo");
		waitUntil(() -> tableText("张三", 6).equals("党员"), "undo restores the post");
		runCommand("org.dangxiao.ui.command.redo");
		waitUntil(() -> tableText("张三", 6).equals("党小组组长"), "redo applies it again");

		// the name, typed into the table's cell editor like a user would (double-click, type, Enter)
		Person current = workspace.person(zhang.id()).orElseThrow();
		// without a window manager the shell is not always the active one, and a cell editor that
		// cannot keep the focus closes at once: make the window active and the table focused first
		people.viewer().getTable().getShell().forceActive();
		people.viewer().getTable().forceFocus();
		flush();
		people.viewer().editElement(current, 0);
		Text editor = findEditor(people.viewer().getTable());
		editor.setText("张三丰");
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		waitUntil(() -> tableNames().contains("张三丰") && !tableNames().contains("张三"), "renamed in the table");
		assertEquals("张三丰", workspace.person(zhang.id()).orElseThrow().name(), "saved through the workspace");
		runCommand("org.dangxiao.ui.command.undo");
		waitUntil(() -> tableNames().contains("张三") && !tableNames().contains("张三丰"), "undo restores the name");
		runCommand("org.dangxiao.ui.command.redo");
		waitUntil(() -> tableNames().contains("张三丰"), "redo renames again");
		assertEquals("张三丰", workspace.person(zhang.id()).orElseThrow().name());

		// undo everything this test did, through the same history
		while (workspace.history().undoLabels().stream()
				.anyMatch(l -> l.contains("界面测试党小组") || l.contains("张三丰") || names.keySet().stream().anyMatch(l::contains))) {
			workspace.history().undo();
		}
		assertTrue(workspace.organizations().get(group.id()).isEmpty(), "test group undone");
	}

	@Test
	@Order(4)
	void aboutDialogShowsTheVersion() {
		Display display = Display.getCurrent();
		String[] seen = new String[2];
		// the dialog is modal: inspect and close it from a timer while the command waits in its event loop
		display.timerExec(300, () -> {
			for (Shell s : display.getShells()) {
				if ("关于党校学习培训工作台".equals(s.getText())) {
					seen[0] = findLabel(s, "about.version");
					seen[1] = findLabel(s, "about.workspace");
					shot(s, "about-dialog");
					s.close();
				}
			}
		});
		runCommand("org.dangxiao.ui.command.about");
		String version = FrameworkUtil.getBundle(PeoplePart.class).getVersion().toString();
		assertEquals("版本 " + version, seen[0]);
		assertTrue(seen[1] != null && seen[1].contains(String.valueOf(workspace.personCount())), String.valueOf(seen[1]));
	}

	/** How a school moves to a shared server: back up the desktop workspace, connect, restore; the views follow. */
	@Test
	@Order(5)
	void backupConnectRestoreAndBackAgain() throws Exception {
		Workspaces workspaces = app.getContext().get(Workspaces.class);
		assertNotNull(workspaces, "no Workspaces service");
		WorkspaceLocation desktop = workspaces.current();
		int everyone = workspace.personCount();
		java.nio.file.Path file = java.nio.file.Files.createTempDirectory("ui-backup").resolve("学校.dxbak");
		workspaces.backup(file);

		java.net.URI uri = java.net.URI.create(System.getProperty("dangxiao.pg.url").substring("jdbc:".length()));
		var server = new WorkspaceLocation.Server(uri.getHost(), uri.getPort(), uri.getPath().substring(1),
				System.getProperty("dangxiao.pg.user"));
		workspaces.connect(server, "", false);
		waitUntil(() -> tree.viewer().getTree().getItemCount() == 0, "the tree follows to the empty server workspace");
		Shell shell = people.viewer().getTable().getShell();
		waitUntil(() -> shell.getText().contains(server.label()), "the title names the server");

		workspaces.restore(file);
		waitUntil(() -> tree.viewer().getTree().getItemCount() == 1, "the restored tree appears");
		assertEquals(everyone, workspace.personCount(), "everyone arrived on the server");
		select(workspace.organizations().root().orElseThrow());
		setIncludeSubtree(true);
		waitUntil(() -> people.viewer().getTable().getItemCount() == workspace.personCount(), "the table lists them");
		shot(shell, "workbench-on-postgresql");

		workspaces.open(desktop);
		waitUntil(() -> shell.getText().contains(String.valueOf(((WorkspaceLocation.Folder) desktop).path().getFileName())),
				"back on the desktop workspace");
		assertTrue(workspaces.recent().contains(server), "the server is in the recent list");
	}

	private static String findLabel(org.eclipse.swt.widgets.Composite parent, String testId) {
		for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
			if (testId.equals(c.getData("org.dangxiao.test.id")) && c instanceof org.eclipse.swt.widgets.Label l) {
				return l.getText();
			}
			if (c instanceof org.eclipse.swt.widgets.Composite inner) {
				String found = findLabel(inner, testId);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/**
	 * 文件 > 导入考勤: the wizard walked end to end on the sign-in machine export of the test corpus,
	 * into a class set up like the corpus's; afterwards the roster's attendance is in the workspace
	 * and the import history shows the file.
	 */
	@Test
	@Order(90)
	void importWizardEndToEnd() throws Exception {
		java.nio.file.Path corpus = java.nio.file.Path.of(System.getProperty("dangxiao.root"), "bundles", "org.dangxiao.imports", "test-corpus");
		var k = setUpCorpusClass(corpus);
		List<String> labels = new ArrayList<>();
		walkImportWizard(corpus.resolve("signin-machine.xlsx"), k, "import-wizard", sh -> {
			// JFace's own buttons speak Chinese too (the org.dangxiao.nls.jface fragment)
			labels.add(findButton(sh, org.eclipse.jface.dialogs.IDialogConstants.NEXT_ID).orElseThrow().getText());
			labels.add(findButton(sh, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_ID).orElseThrow().getText());
		}, sh -> {
		});
		assertEquals(List.of("下一步(&N) >", "取消"), labels);
		waitUntil(() -> !workspace.list(org.dangxiao.model.audit.ImportBatch.class).isEmpty(), "the import was committed");
		var batch = workspace.list(org.dangxiao.model.audit.ImportBatch.class).get(0);
		assertEquals("signin-machine.xlsx", batch.fileName());
		assertEquals(160, workspace.list(org.dangxiao.model.training.Attendance.class, batch.id()).size());
		assertTrue(workspace.history().undoLabel().orElseThrow().contains("signin-machine.xlsx"), "one undoable command");

		var part = app.getContext().get(EModelService.class).find("org.dangxiao.attendance.ui.part.importHistory", app);
		assertNotNull(part, "the import history part is contributed by the fragment");
		runCommand("org.dangxiao.ui.command.showPart",
				Map.of("org.dangxiao.ui.commandparameter.partId", "org.dangxiao.attendance.ui.part.importHistory"));
		waitUntil(() -> ((MPart) part).getWidget() != null, "the import history is shown");
		Table history = find(((org.eclipse.swt.widgets.Control) ((MPart) part).getWidget()).getShell(), "history.table", Table.class).orElseThrow();
		waitUntil(() -> history.getItemCount() == 1, "the history lists the import");
		assertTrue(history.getItem(0).getText(0).contains("signin-machine.xlsx"), history.getItem(0).getText(0));
		screenshot("import-history");
	}

	/**
	 * The same sign-in sheet again in another file (zipped again: other bytes, so not "already
	 * imported"): the preview says that its 160 records replace stored ones before 完成 is pressed.
	 */
	@Test
	@Order(91)
	void importingStoredAttendanceAgainSaysSo() throws Exception {
		java.nio.file.Path corpus = java.nio.file.Path.of(System.getProperty("dangxiao.root"), "bundles", "org.dangxiao.imports", "test-corpus");
		java.nio.file.Path again = java.nio.file.Files.createTempDirectory("dangxiao-ui").resolve("再次签到.xlsx");
		try (var in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(corpus.resolve("signin-machine.xlsx")));
				var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(again))) {
			zip.setLevel(1);
			for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
				zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
				in.transferTo(zip);
			}
		}
		var k = workspace.get(org.dangxiao.model.training.TrainingClass.class, new org.dangxiao.model.training.ClassId(880_002)).orElseThrow();
		List<String> messages = new ArrayList<>();
		walkImportWizard(again, k, "import-wizard-again", sh -> {
		}, sh -> messages.add(((org.eclipse.jface.wizard.WizardDialog) sh.getData()).getCurrentPage().getMessage()));
		assertEquals(1, messages.size());
		assertTrue(messages.get(0).contains("其中 160 条考勤此前已有记录"), messages.get(0));
		waitUntil(() -> workspace.list(org.dangxiao.model.audit.ImportBatch.class).size() == 2, "the second import was committed");
	}

	/**
	 * Rotation training on screen: a program and a class are built through their dialogs, the
	 * courses of the test corpus and its roster are added, the class head's sheet of the corpus is imported,
	 * 结业核算 is pressed, and the roster shows the 学时 and the coverage tab the trained people.
	 */
	@Test
	@Order(95)
	void trainingProgramClassRosterAttendanceCoverage() throws Exception {
		java.nio.file.Path corpus = java.nio.file.Path.of(System.getProperty("dangxiao.root"), "bundles", "org.dangxiao.imports", "test-corpus");
		runCommand("org.dangxiao.ui.command.showPart", Map.of("org.dangxiao.ui.commandparameter.partId", "org.dangxiao.training.ui.part.training"));
		MPart part = (MPart) app.getContext().get(EModelService.class).find("org.dangxiao.training.ui.part.training", app);
		waitUntil(() -> part.getWidget() != null, "the 轮训 part is shown");
		Shell shell = ((org.eclipse.swt.widgets.Control) part.getWidget()).getShell();
		org.eclipse.swt.widgets.Control root = (org.eclipse.swt.widgets.Control) part.getWidget();

		// a program through its dialog
		drive(() -> press(root, "training.newProgram"), dialog -> {
			text(dialog, "program.name", "界面测试轮训项目");
			spin(dialog, "program.year", 2021);
			text(dialog, "program.deadline", "2021-12-31");
			text(dialog, "program.hours", "24");
			shot(dialog, "training-program-dialog");
			return press(dialog, "dialog.ok");
		});
		var program = workspace.list(org.dangxiao.model.training.TrainingProgram.class).stream().filter(p -> p.name().equals("界面测试轮训项目"))
				.findFirst().orElseThrow(() -> new AssertionError("the program dialog saved nothing"));
		assertEquals(java.time.LocalDate.of(2021, 12, 31), program.deadline());
		assertTrue(workspace.history().undoLabel().orElseThrow().contains("界面测试轮训项目"), "one undoable command");

		// a class of it through its dialog, on the dates of the corpus's sign-in sheet
		drive(() -> press(root, "training.newClass"), dialog -> {
			text(dialog, "class.name", "界面测试班第一期");
			text(dialog, "class.start", "2021-06-07");
			text(dialog, "class.end", "2021-06-11");
			text(dialog, "class.place", "州委党校");
			spin(dialog, "class.capacity", 60);
			return press(dialog, "dialog.ok");
		});
		var k = workspace.list(org.dangxiao.model.training.TrainingClass.class, program.id()).stream().findFirst()
				.orElseThrow(() -> new AssertionError("the class dialog saved nothing"));
		assertEquals(60, k.capacity());

		// its courses (class.tsv) and roster (roster.tsv); then the sign-in sheet, imported as the wizard would
		List<Record> courses = new ArrayList<>();
		List<String> lines = java.nio.file.Files.readAllLines(corpus.resolve("class.tsv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split("\t");
			var d = java.time.LocalDate.parse(f[1]);
			courses.add(new org.dangxiao.model.training.Course(new org.dangxiao.model.training.CourseId(870_100 + Integer.parseInt(f[0])), k.id(),
					f[4], "", java.time.LocalDateTime.of(d, java.time.LocalTime.parse(f[2])),
					java.time.LocalDateTime.of(d, java.time.LocalTime.parse(f[3])), java.math.BigDecimal.valueOf(3)));
		}
		workspace.execute(Commands.putAll("课程", courses));
		List<PersonId> roster = java.nio.file.Files.readAllLines(corpus.resolve("roster.tsv")).stream().skip(1)
				.map(l -> new PersonId(Long.parseLong(l.split("\t")[0]))).toList();
		workspace.execute(org.dangxiao.training.Training.enroll(k, roster));
		Table rosterTable = find(root, "training.roster", Table.class).orElseThrow();
		waitUntil(() -> rosterTable.getItemCount() == roster.size(), "the roster shows the " + roster.size() + " people");
		// not the sign-in machine's file: the wizard's test imported that one already, and the same content is imported once
		var file = corpus.resolve("class-head.xlsx");
		var inspection = org.dangxiao.imports.AttendanceImport.inspect(file);
		var plan = org.dangxiao.imports.AttendanceImport.plan(workspace, org.dangxiao.imports.ClassContext.of(workspace, k), inspection,
				inspection.defaultSheets(), Map.of(), org.dangxiao.imports.AttendanceImport.Progress.NONE);
		workspace.execute(plan.command("界面测试"));

		// 结业核算: confirm, then the summary
		drive(() -> press(root, "training.roster.complete"), confirm -> pressDefault(confirm), done -> {
			shot(done, "training-complete-done");
			return pressDefault(done);
		});
		var credits = org.dangxiao.training.Training.credits(workspace, k, java.time.LocalDate.now());
		long completed = workspace.list(org.dangxiao.model.training.Enrollment.class, k.id()).stream()
				.filter(e -> e.status() == org.dangxiao.model.training.EnrollmentStatus.COMPLETED).count();
		assertTrue(completed > 0, "someone completed the class");
		// the 学时 column shows what attendance credited, row by row
		var best = credits.stream().max(java.util.Comparator.comparing(org.dangxiao.training.record.Credit::hours)).orElseThrow();
		String bestName = workspace.person(best.person()).orElseThrow().name();
		int hoursColumn = column(rosterTable, "已获学时");
		waitUntil(() -> rowText(rosterTable, bestName, hoursColumn).equals(best.hours().stripTrailingZeros().toPlainString()),
				"the roster shows " + bestName + "'s " + best.hours() + " 学时 (shows '" + rowText(rosterTable, bestName, hoursColumn) + "')");
		shot(shell, "training-roster");

		// coverage on screen: the total line counts the trained
		var tabs = find(root, "training.tabs", org.eclipse.swt.custom.CTabFolder.class).orElseThrow();
		tabs.setSelection(2);
		tabs.notifyListeners(SWT.Selection, new Event());
		var total = find(root, "training.coverage.total", org.eclipse.swt.widgets.Label.class).orElseThrow();
		var expected = org.dangxiao.training.Training.coverage(workspace, program.id()).total();
		assertEquals(completed, expected.trained());
		waitUntil(() -> total.getText().contains("已训 " + expected.trained() + " 人") && total.getText().contains("应训 " + expected.target() + " 人"),
				"the coverage line reads 已训 " + expected.trained() + " (reads '" + total.getText() + "')");
		shot(shell, "training-coverage");

		// 学时折算表 are data the user edits: a new table saved from its dialog is one command
		int tables = workspace.list(org.dangxiao.model.training.HoursConversionTable.class).size();
		drive(() -> runCommand("org.dangxiao.training.ui.command.conversionTables"), dialog -> {
			if (!press(dialog, "tables.new")) {
				return false;
			}
			text(dialog, "tables.name", "界面测试折算表");
			text(dialog, "tables.perDay", "8");
			shot(dialog, "training-conversion-tables");
			return press(dialog, "tables.save") && press(dialog, "dialog.close");
		});
		var saved = workspace.list(org.dangxiao.model.training.HoursConversionTable.class);
		assertEquals(tables + 1, saved.size());
		var table = saved.stream().filter(t -> t.name().equals("界面测试折算表")).findFirst().orElseThrow();
		assertEquals(0, java.math.BigDecimal.valueOf(8).compareTo(table.perFullDay()));
	}

	/**
	 * Study plans on screen: a 党委会 recorded through its dialog with a 第一议题 studying a new
	 * speech puts the speech in the register as studied on time; a 对标对表 recorded the same way
	 * turns the committee's half-year from due to met in the compliance check.
	 */
	@Test
	@Order(96)
	void recordingAMeetingChangesTheRegisterAndCompliance() throws Exception {
		Organization root = workspace.organizations().root().orElseThrow();
		select(root);
		java.time.LocalDate today = java.time.LocalDate.now();
		var speech = new org.dangxiao.model.study.StudyMaterial(new org.dangxiao.model.study.MaterialId(860_001),
				org.dangxiao.model.study.MaterialKind.SPEECH, "界面测试重要讲话", today.minusDays(3), "新华社");
		workspace.execute(Commands.putAll("学习材料", List.of(speech)));
		runCommand("org.dangxiao.ui.command.showPart", Map.of("org.dangxiao.ui.commandparameter.partId", "org.dangxiao.studyplan.ui.part.study"));
		MPart part = (MPart) app.getContext().get(EModelService.class).find("org.dangxiao.studyplan.ui.part.study", app);
		waitUntil(() -> part.getWidget() != null, "the 学习计划 part is shown");
		org.eclipse.swt.widgets.Control root0 = (org.eclipse.swt.widgets.Control) part.getWidget();
		Shell shell = root0.getShell();
		var tabs = find(root0, "study.tabs", org.eclipse.swt.custom.CTabFolder.class).orElseThrow();

		// the register before: the speech is studied nowhere
		showTab(tabs, "study.register");
		var registerSummary = find(root0, "study.register.summary", org.eclipse.swt.widgets.Label.class).orElseThrow();

		// a 党委会 with the speech as its 第一议题, through the dialog
		recordMeeting("党委会", root, today, "传达学习界面测试重要讲话精神", speech.title());
		var held = workspace.list(org.dangxiao.model.study.Meeting.class, root.id()).stream()
				.filter(m -> m.firstTopic().filter(t -> t.materials().contains(speech.id())).isPresent()).toList();
		assertEquals(1, held.size(), "one 党委会 with the speech as its 第一议题");
		assertTrue(workspace.history().undoLabel().isPresent(), "one undoable command");
		waitUntil(() -> registerSummary.getText().contains("按时学习 1"), "the register counts the speech studied on time (reads '"
				+ registerSummary.getText() + "')");
		shot(shell, "study-register");

		// compliance: the committee's 对标对表 this half-year is not met yet, then is
		showTab(tabs, "study.compliance");
		var summary = find(root0, "study.compliance.summary", org.eclipse.swt.widgets.Label.class).orElseThrow();
		waitUntil(() -> summary.getText().contains("已达标"), "the compliance check is computed");
		// the rules contributed through org.dangxiao.compliance.rules are judged beside the frequency rules
		var otherRules = find(root0, "study.compliance.rules", org.eclipse.swt.widgets.Label.class).orElseThrow();
		assertTrue(otherRules.getText().startsWith("贯彻落实措施按期落实：已达标 "), otherRules.getText());
		int metBefore = count(summary.getText(), "已达标");
		recordMeeting("对标对表", root, today, "对标对表检视", "");
		waitUntil(() -> summary.getText().contains("已达标") && count(summary.getText(), "已达标") == metBefore + 1,
				"one more cell is met (reads '" + summary.getText() + "', before " + metBefore + ")");
		shot(shell, "study-compliance");

		// the rule table is data the locality edits: a rule added in its dialog is saved as one command
		int rules = org.dangxiao.model.rules.FrequencyRules.defaults().rules().size();
		drive(() -> runCommand("org.dangxiao.studyplan.ui.command.editRules"), dialog -> {
			if (!press(dialog, "rules.add")) {
				return false;
			}
			shot(dialog, "study-rules");
			return press(dialog, "dialog.ok");
		});
		var saved = workspace.get(org.dangxiao.model.rules.FrequencyRules.class, org.dangxiao.model.rules.FrequencyRules.KEY).orElseThrow();
		assertEquals(rules + 1, saved.rules().size());
	}

	/**
	 * Reports on screen: the coverage report of the program the training test created is chosen in
	 * the 报表 tab, generated, and its 合计 row agrees with the training service; the same result is
	 * written as an .xlsx register and printed to a PDF file.
	 */
	@Test
	@Order(97)
	void coverageReportGeneratedExportedAndPrinted() throws Exception {
		var program = workspace.list(org.dangxiao.model.training.TrainingProgram.class).stream().filter(p -> p.name().equals("界面测试轮训项目"))
				.findFirst().orElseThrow(() -> new AssertionError("the training test's program is missing"));
		runCommand("org.dangxiao.ui.command.showPart", Map.of("org.dangxiao.ui.commandparameter.partId", "org.dangxiao.reports.ui.part.reports"));
		MPart part = (MPart) app.getContext().get(EModelService.class).find("org.dangxiao.reports.ui.part.reports", app);
		waitUntil(() -> part.getWidget() != null, "the 报表 part is shown");
		var view = ((org.dangxiao.reports.ui.parts.ReportsPart) part.getObject()).view().orElseThrow();
		org.eclipse.swt.widgets.Control root = (org.eclipse.swt.widgets.Control) part.getWidget();
		assertTrue(view.select("org.dangxiao.reports.trainingCoverage"), "the coverage report is listed");
		flush();
		var programs = find(root, "reports.param.program", org.eclipse.swt.widgets.Combo.class).orElseThrow(() -> new AssertionError("no program field"));
		int index = java.util.Arrays.asList(programs.getItems()).stream().filter(i -> i.contains(program.name())).findFirst()
				.map(i -> java.util.Arrays.asList(programs.getItems()).indexOf(i)).orElseThrow(() -> new AssertionError("the program is not offered"));
		programs.select(index);
		programs.notifyListeners(SWT.Selection, new Event());
		assertTrue(press(root, "reports.run"), "生成 can be pressed");
		waitUntil(() -> !view.isRunning() && view.result().isPresent(), "the report is generated (status: " + view.status() + ")");
		var result = view.result().orElseThrow();
		var table = find(root, "reports.table", org.eclipse.swt.widgets.Table.class).orElseThrow();
		assertEquals(result.rows().size(), table.getItemCount());
		var expected = org.dangxiao.training.Training.coverage(workspace, program.id()).total();
		var total = result.rows().get(result.rows().size() - 1);
		assertEquals(List.of("合计", (long) expected.target(), (long) expected.trained()),
				List.of(total.get(0), ((Number) total.get(1)).longValue(), ((Number) total.get(2)).longValue()));
		screenshot("reports-coverage");

		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dx-report");
		java.nio.file.Path xlsx = dir.resolve("覆盖率.xlsx");
		org.dangxiao.reports.RegisterExport.write(result, xlsx);
		assertTrue(java.nio.file.Files.size(xlsx) > 0);
		java.nio.file.Path pdf = dir.resolve("覆盖率.pdf");
		var printed = org.dangxiao.reports.ui.Outputs.writePdf(Display.getCurrent(), result, pdf);
		assertTrue(printed instanceof org.dangxiao.reports.ui.ReportPrinter.Outcome.Printed, "printed to PDF: " + printed);
		byte[] head = java.nio.file.Files.readAllBytes(pdf);
		assertEquals("%PDF", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
	}

	/**
	 * 帮助 > 安装插件 opens from its command, finishes reading what is installed (or says in a sentence
	 * why it cannot: the test runtime is not installed by p2, unlike the product), and closes. The
	 * install itself is tested on a copy of the built product by releng/tests/p2-install.sh.
	 */
	@Test
	@Order(98)
	void installPluginsDialogOpensAndSaysWhatItFound() {
		String[] shown = { "" };
		drive(() -> runCommand("org.dangxiao.plugins.ui.command.install"), dialog -> {
			var note = find(dialog, "plugins.note", org.eclipse.swt.widgets.Label.class);
			var table = find(dialog, "plugins.installed", org.eclipse.swt.widgets.Table.class);
			if (note.isEmpty() || table.isEmpty() || note.get().getText().equals(org.dangxiao.plugins.ui.Messages.Dialog_LOADING)) {
				return false; // still reading the profile
			}
			shown[0] = dialog.getText() + " | " + note.get().getText() + " | " + table.get().getItemCount() + " | "
					+ (dialog.getData() instanceof org.eclipse.jface.dialogs.TitleAreaDialog d ? String.valueOf(d.getErrorMessage()) : "");
			shot(dialog, "plugins-dialog");
			return press(dialog, "dialog.close");
		});
		assertTrue(shown[0].startsWith("安装插件"), shown[0]);
		// not installed by p2 here: the reason is spelled out below the list, with the way out (dropins)
		assertTrue(shown[0].contains("dropins") && shown[0].contains(org.dangxiao.plugins.ui.Messages.Dialog_UNAVAILABLE), shown[0]);
	}

	private void recordMeeting(String type, Organization org, java.time.LocalDate date, String topic, String material) {
		drive(() -> runCommand("org.dangxiao.studyplan.ui.command.recordMeeting"), dialog -> {
			var types = find(dialog, "meeting.type", org.eclipse.swt.widgets.Combo.class).orElseThrow();
			types.select(java.util.Arrays.asList(types.getItems()).indexOf(type));
			types.notifyListeners(SWT.Selection, new Event());
			text(dialog, "meeting.date", date.toString());
			var orgs = find(dialog, "meeting.organization", org.eclipse.swt.widgets.Combo.class).orElseThrow();
			for (int i = 0; i < orgs.getItemCount(); i++) {
				if (orgs.getItem(i).contains(org.name())) {
					orgs.select(i);
					break;
				}
			}
			orgs.notifyListeners(SWT.Selection, new Event());
			orgs.notifyListeners(SWT.Modify, new Event());
			text(dialog, "meeting.firstTopic", topic);
			if (!material.isEmpty()) {
				Table materials = find(dialog, "meeting.materials", Table.class).orElseThrow();
				for (var item : materials.getItems()) {
					if (item.getText(0).contains(material) || item.getText().contains(material)) {
						item.setChecked(true);
						Event e = new Event();
						e.item = item;
						e.detail = SWT.CHECK;
						materials.notifyListeners(SWT.Selection, e);
					}
				}
			}
			shot(dialog, "study-meeting-dialog");
			return press(dialog, "dialog.ok");
		});
	}

	private static void showTab(org.eclipse.swt.custom.CTabFolder tabs, String testId) {
		for (var item : tabs.getItems()) {
			if (testId.equals(item.getData("org.dangxiao.test.id"))) {
				tabs.setSelection(item);
				Event e = new Event();
				e.item = item;
				tabs.notifyListeners(SWT.Selection, e);
				return;
			}
		}
		throw new AssertionError("no tab " + testId);
	}

	/** The number written after {@code word} in a summary line such as 已达标 12，未达标 3. */
	private static int count(String line, String word) {
		var m = java.util.regex.Pattern.compile(word + "\\s*(\\d+)").matcher(line);
		return m.find() ? Integer.parseInt(m.group(1)) : -1;
	}

	/** Presses the button with this test id, as a click would; true when it was there and enabled. */
	private static boolean press(org.eclipse.swt.widgets.Control root, String testId) {
		var b = find(root, testId, org.eclipse.swt.widgets.Button.class).filter(org.eclipse.swt.widgets.Button::isEnabled);
		b.ifPresent(x -> x.notifyListeners(SWT.Selection, new Event()));
		return b.isPresent();
	}

	/** Presses a message dialog's default button (OK, 确定). */
	private static boolean pressDefault(Shell dialog) {
		var b = dialog.getDefaultButton();
		if (b == null || !b.isEnabled()) {
			return false;
		}
		b.notifyListeners(SWT.Selection, new Event());
		return true;
	}

	private static void text(Shell dialog, String testId, String value) {
		Text t = find(dialog, testId, Text.class).orElseThrow(() -> new AssertionError("no field " + testId));
		t.setText(value);
		t.notifyListeners(SWT.Modify, new Event());
	}

	private static void spin(Shell dialog, String testId, int value) {
		var sp = find(dialog, testId, org.eclipse.swt.widgets.Spinner.class).orElseThrow(() -> new AssertionError("no spinner " + testId));
		sp.setSelection(value);
		sp.notifyListeners(SWT.Modify, new Event());
		sp.notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Opens something modal with {@code open} and handles the dialogs it shows, one handler per
	 * dialog in order; a handler returns true once it has closed its dialog. Fails after 30 s and
	 * never leaves a dialog behind.
	 */
	@SafeVarargs
	private static void drive(Runnable open, java.util.function.Predicate<Shell>... handlers) {
		Display display = Display.getCurrent();
		Set<Shell> before = new HashSet<>(java.util.Arrays.asList(display.getShells()));
		int[] next = { 0 };
		List<Throwable> failures = new ArrayList<>();
		long deadline = System.currentTimeMillis() + 30_000;
		Runnable[] tick = new Runnable[1];
		tick[0] = () -> {
			Optional<Shell> dialog = java.util.Arrays.stream(display.getShells())
					.filter(sh -> !sh.isDisposed() && sh.isVisible() && !before.contains(sh) && sh.getData() instanceof org.eclipse.jface.window.Window)
					.reduce((a, b) -> b);
			try {
				if (System.currentTimeMillis() > deadline) {
					throw new AssertionError("dialog " + next[0] + " of " + handlers.length + " not handled in 30 s");
				}
				if (dialog.isPresent() && handlers[next[0]].test(dialog.get())) {
					next[0]++;
				}
			} catch (Throwable t) {
				failures.add(t);
				dialog.ifPresent(d -> {
					shot(d, "training-dialog-failure");
					d.dispose();
				});
				return;
			}
			if (next[0] < handlers.length) {
				display.timerExec(100, tick[0]);
			}
		};
		display.timerExec(200, tick[0]);
		open.run();
		waitUntil(() -> next[0] == handlers.length || !failures.isEmpty(), "the dialogs were handled");
		assertEquals(List.of(), failures);
	}

	private static int column(Table table, String header) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().contains(header)) {
				return i;
			}
		}
		throw new AssertionError("no column " + header);
	}

	private static String rowText(Table table, String name, int column) {
		for (int i = 0; i < table.getItemCount(); i++) {
			var item = table.getItem(i); // a virtual table fills the item when asked
			if (item.getText(0).equals(name)) {
				return item.getText(column);
			}
		}
		return "";
	}

	/** The class of the test corpus (class.tsv), its program, and a roster of the first 40 demo people with a category. */
	/**
	 * Walks 文件 > 导入考勤 as a user would: {@code source} into class {@code k}, the sheets as found,
	 * 完成 once the preview shows 160 rows; {@code atFile} and {@code atPreview} look at those pages
	 * just before their button is pressed. Screenshots are named from {@code shots}.
	 */
	private void walkImportWizard(java.nio.file.Path source, org.dangxiao.model.training.TrainingClass k, String shots,
			java.util.function.Consumer<Shell> atFile, java.util.function.Consumer<Shell> atPreview) {
		Display display = Display.getCurrent();
		List<String> steps = new ArrayList<>();
		List<Throwable> failures = new ArrayList<>();
		Runnable[] tick = new Runnable[1];
		long deadline = System.currentTimeMillis() + 90_000;
		tick[0] = () -> {
			Optional<Shell> wizard = java.util.Arrays.stream(display.getShells())
					.filter(sh -> !sh.isDisposed() && sh.getData() instanceof org.eclipse.jface.wizard.WizardDialog).findFirst();
			try {
				if (System.currentTimeMillis() > deadline) {
					throw new AssertionError("the wizard did not finish in 90 s; steps done: " + steps);
				}
				Optional<Shell> done = java.util.Arrays.stream(display.getShells())
						.filter(sh -> !sh.isDisposed() && sh.getData() instanceof org.eclipse.jface.dialogs.MessageDialog).findFirst();
				if (steps.size() == 4 && done.isPresent()) {
					// the wizard closes with a summary of what was imported
					shot(done.get(), shots + "-done");
					((org.eclipse.jface.dialogs.MessageDialog) done.get().getData()).close();
					steps.add("done");
				} else if (wizard.isPresent()) {
					Shell sh = wizard.get();
					switch (steps.size()) {
					case 0 -> find(sh, "import.file", Text.class).ifPresent(file -> {
						file.setText(source.toString());
						var combo = find(sh, "import.class", org.eclipse.swt.widgets.Combo.class).orElseThrow();
						for (int i = 0; i < combo.getItemCount(); i++) {
							if (combo.getItem(i).contains(k.name())) {
								combo.select(i);
							}
						}
						combo.notifyListeners(SWT.Selection, new Event());
						steps.add("file");
					});
					case 1 -> pressWhenEnabled(sh, org.eclipse.jface.dialogs.IDialogConstants.NEXT_ID, shots + "-file", () -> {
						atFile.accept(sh);
						steps.add("next");
					});
					case 2 -> find(sh, "import.sheets", Table.class).filter(t -> t.isVisible() && t.getItemCount() > 0)
							.ifPresent(t -> pressWhenEnabled(sh, org.eclipse.jface.dialogs.IDialogConstants.NEXT_ID, shots + "-sheets",
									() -> steps.add("sheets")));
					case 3 -> find(sh, "import.preview.summary", org.eclipse.swt.widgets.Label.class)
							.filter(l -> l.isVisible() && l.getText().contains("160"))
							.ifPresent(l -> pressWhenEnabled(sh, org.eclipse.jface.dialogs.IDialogConstants.FINISH_ID, shots + "-preview", () -> {
								atPreview.accept(sh);
								steps.add("preview");
							}));
					default -> {
					}
					}
				}
			} catch (Throwable t) {
				failures.add(t);
				java.util.Arrays.stream(display.getShells()).filter(sh -> sh.getData() instanceof org.eclipse.jface.dialogs.MessageDialog)
						.forEach(Shell::dispose);
				wizard.ifPresent(w -> {
					shot(w, shots + "-failure");
					w.dispose(); // never leave a modal dialog behind: the test would hang
				});
				return;
			}
			if (steps.size() < 5) {
				display.timerExec(100, tick[0]);
			}
		};
		display.timerExec(300, tick[0]);
		runCommand("org.dangxiao.attendance.ui.command.import");
		assertEquals(List.of(), failures);
		assertEquals(List.of("file", "next", "sheets", "preview", "done"), steps);
	}

	private org.dangxiao.model.training.TrainingClass setUpCorpusClass(java.nio.file.Path corpus) throws Exception {
		var program = new org.dangxiao.model.training.TrainingProgram(new org.dangxiao.model.training.ProgramId(880_001), "2021年新任村干部培训",
				2021, org.dangxiao.model.training.TargetRule.everyone(), java.time.LocalDate.of(2021, 12, 31), java.math.BigDecimal.TEN,
				Optional.empty());
		var k = new org.dangxiao.model.training.TrainingClass(new org.dangxiao.model.training.ClassId(880_002), program.id(),
				"2021年新任村干部培训班第一期", java.time.LocalDate.of(2021, 6, 7), java.time.LocalDate.of(2021, 6, 11), "州委党校",
				org.dangxiao.model.training.ClassMode.PARTY_SCHOOL, 60, Optional.empty());
		List<Record> records = new ArrayList<>(List.of(program, k));
		List<String> lines = java.nio.file.Files.readAllLines(corpus.resolve("class.tsv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split("\t");
			var d = java.time.LocalDate.parse(f[1]);
			records.add(new org.dangxiao.model.training.Course(new org.dangxiao.model.training.CourseId(880_100 + Integer.parseInt(f[0])), k.id(),
					f[4], "", java.time.LocalDateTime.of(d, java.time.LocalTime.parse(f[2])),
					java.time.LocalDateTime.of(d, java.time.LocalTime.parse(f[3])), java.math.BigDecimal.valueOf(3)));
		}
		List<String> roster = java.nio.file.Files.readAllLines(corpus.resolve("roster.tsv"));
		for (String line : roster.subList(1, roster.size())) {
			records.add(new org.dangxiao.model.training.Enrollment(k.id(), new PersonId(Long.parseLong(line.split("\t")[0])),
					org.dangxiao.model.training.EnrollmentStatus.ENROLLED));
		}
		workspace.execute(Commands.putAll("导入测试的培训班", records));
		return k;
	}

	private static <T extends org.eclipse.swt.widgets.Control> Optional<T> find(org.eclipse.swt.widgets.Control root, String testId, Class<T> type) {
		if (testId.equals(root.getData("org.dangxiao.test.id")) && type.isInstance(root)) {
			return Optional.of(type.cast(root));
		}
		if (root instanceof org.eclipse.swt.widgets.Composite c) {
			for (var child : c.getChildren()) {
				Optional<T> found = find(child, testId, type);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** Presses a wizard button as a user would, once it is enabled; JFace keeps the button's id in its data. */
	private static void pressWhenEnabled(Shell wizard, int buttonId, String screenshot, Runnable pressed) {
		var button = findButton(wizard, buttonId).orElseThrow(() -> new AssertionError("no button " + buttonId));
		if (button.isEnabled()) {
			shot(wizard, screenshot);
			pressed.run();
			button.notifyListeners(SWT.Selection, new Event());
		}
	}

	private static Optional<org.eclipse.swt.widgets.Button> findButton(org.eclipse.swt.widgets.Control root, int id) {
		if (root instanceof org.eclipse.swt.widgets.Button b && Integer.valueOf(id).equals(b.getData())) {
			return Optional.of(b);
		}
		if (root instanceof org.eclipse.swt.widgets.Composite c) {
			for (var child : c.getChildren()) {
				var found = findButton(child, id);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private void select(Organization org) {
		tree.select(org);
		assertEquals(org, tree.viewer().getStructuredSelection().getFirstElement(), "tree selection");
	}

	private static void flush() {
		while (Display.getCurrent().readAndDispatch()) {
			// let pending refreshes happen before the editor opens
		}
	}

	/** The Text a JFace cell editor put on the table. */
	private static Text findEditor(Table table) {
		for (org.eclipse.swt.widgets.Control c : table.getChildren()) {
			if (c instanceof Text t && t.isVisible()) {
				return t;
			}
		}
		throw new AssertionError("no cell editor open");
	}

	private void runCommand(String id) {
		runCommand(id, Map.of());
	}

	/** Runs a command as the window's menu would: in the window's context, where the part service lives. */
	private void runCommand(String id, Map<String, Object> parameters) {
		var context = app.getChildren().get(0).getContext();
		ECommandService commands = context.get(ECommandService.class);
		EHandlerService handlers = context.get(EHandlerService.class);
		var command = commands.createCommand(id, parameters);
		assertTrue(handlers.canExecute(command), id + " should be enabled");
		handlers.executeHandler(command);
	}

	private void typeFilter(String text) {
		people.filter().setText(text); // fires Modify, which filters after the typing pause
	}

	private String tableText(String name, int column) {
		Table t = people.viewer().getTable();
		for (int i = 0; i < t.getItemCount(); i++) {
			if (t.getItem(i).getText(0).equals(name)) {
				return t.getItem(i).getText(column);
			}
		}
		return "";
	}

	private Set<String> tableNames() {
		Table t = people.viewer().getTable();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < t.getItemCount(); i++) {
			names.add(t.getItem(i).getText(0));
		}
		return names;
	}

	private Set<String> tableCitizenIds() {
		Table t = people.viewer().getTable();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < t.getItemCount(); i++) {
			ids.add(t.getItem(i).getText(3));
		}
		return ids;
	}

	private static Set<String> ids(List<Person> persons) {
		Set<String> ids = new HashSet<>();
		persons.forEach(p -> ids.add(p.citizenId().value()));
		return ids;
	}

	/** Runs the event loop until {@code condition} holds, failing after 10 s. */
	private static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting until: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	private void screenshot(String name) {
		shot(people.viewer().getTable().getShell(), name);
	}

	private static void shot(Shell shell, String name) {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// let every pending paint happen first
		}
		Rectangle b = shell.getBounds();
		Image img = new Image(display, b.width, b.height);
		GC gc = new GC(display);
		gc.copyArea(img, b.x, b.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { img.getImageData() };
		File dir = new File(System.getProperty("dangxiao.screenshots", "target/screenshots"));
		dir.mkdirs();
		File out = new File(dir, name + ".png");
		loader.save(out.getAbsolutePath(), SWT.IMAGE_PNG);
		img.dispose();
		assertTrue(out.length() > 0, "screenshot written: " + out);
	}
}
