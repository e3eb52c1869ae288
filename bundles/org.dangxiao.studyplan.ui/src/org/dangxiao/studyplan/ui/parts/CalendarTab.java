package org.dangxiao.studyplan.ui.parts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.AgendaItem;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.ui.Async;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Scope;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.studyplan.ui.VirtualTable;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

/**
 * 会议日历: a month (or a quarter) of the planned and held meetings of the selected subtree.
 * Held meetings read in normal text, planned ones in grey italics, so the gap between plan and
 * record shows at a glance; the day chosen (by mouse, or arrows and Page Up/Down on the grid)
 * is listed in full below. Many organizations make a busy day: its meetings are counted per type
 * (支委会 ×230) instead of listed.
 */
final class CalendarTab extends StudyTab {
	private static final Color SELECTED = new Color(0xD6, 0xE6, 0xF5);
	private static final Color WEEKEND = new Color(0xF6, 0xF6, 0xF6);
	private static final Color LINE = new Color(0xD0, 0xD0, 0xD0);
	private static final Color TEXT = new Color(0x20, 0x20, 0x20);
	private static final Color WHITE = new Color(0xFF, 0xFF, 0xFF);
	private static final int PAD = 3;

	/** The records of the scope by day: {@link Meeting} (held) and {@link PlannedMeeting}, held first. */
	private record Data(OrganizationTree tree, NavigableMap<LocalDate, List<Record>> byDay, String scopeLabel, boolean oneOrganization) {
	}

	private record Hit(Rectangle area, LocalDate day) {
	}

	/** One line of a day cell: a type, held or planned, and how many. */
	private record Line(MeetingType type, boolean held, int count, String text) {
	}

	private final Label title;
	private final Button monthView;
	private final Button quarterView;
	private final Canvas grid;
	private final Label dayTitle;
	private final VirtualTable<Record> day;
	private final Font italic;
	private final Font bold;
	private final Async<Data> job;
	private final List<Hit> hits = new ArrayList<>();
	private Optional<Data> data = Optional.empty();
	private boolean quarter;
	private LocalDate selectedDay = LocalDate.now();

	CalendarTab(CTabFolder folder, Workspace workspace) {
		super(folder, workspace, Messages.Calendar_TAB, "study.calendar");
		Composite top = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).spacing(6, 4).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		Ui.button(top, Messages.Calendar_PREVIOUS, "study.calendar.previous", () -> move(-1)).setToolTipText(Messages.Calendar_PREVIOUS_TOOLTIP);
		title = Ui.testId(new Label(top, SWT.CENTER), "study.calendar.title");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
		Ui.button(top, Messages.Calendar_NEXT, "study.calendar.next", () -> move(1)).setToolTipText(Messages.Calendar_NEXT_TOOLTIP);
		Ui.button(top, Messages.Calendar_TODAY, "study.calendar.today", () -> select(LocalDate.now()));
		// toggle buttons, not radios: a radio group sends events to both buttons, in an order that varies
		monthView = Ui.testId(new Button(top, SWT.TOGGLE), "study.calendar.month");
		monthView.setText(Messages.Calendar_MONTH);
		monthView.addListener(SWT.Selection, e -> setQuarter(false));
		quarterView = Ui.testId(new Button(top, SWT.TOGGLE), "study.calendar.quarter");
		quarterView.setText(Messages.Calendar_QUARTER);
		quarterView.addListener(SWT.Selection, e -> setQuarter(true));
		Label legend = Ui.line(pane, "study.calendar.legend", 1);
		legend.setText(Messages.Calendar_LEGEND);

		SashForm sash = new SashForm(pane, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		grid = Ui.testId(new Canvas(sash, SWT.BORDER | SWT.DOUBLE_BUFFERED), "study.calendar.grid");
		italic = derived(grid.getFont(), SWT.ITALIC);
		bold = derived(grid.getFont(), SWT.BOLD);
		grid.addListener(SWT.Dispose, e -> {
			italic.dispose();
			bold.dispose();
		});
		grid.addListener(SWT.Paint, e -> paint(e.gc));
		grid.addListener(SWT.Resize, e -> grid.redraw());
		grid.addListener(SWT.MouseDown, e -> {
			grid.setFocus();
			hits.stream().filter(h -> h.area().contains(e.x, e.y)).findFirst().ifPresent(h -> select(h.day()));
		});
		grid.addListener(SWT.MouseDoubleClick, e -> focusDay());
		grid.addListener(SWT.KeyDown, this::key);
		grid.addListener(SWT.Traverse, e -> {
			// the grid takes arrows and Enter itself; Tab still moves on
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		grid.addListener(SWT.FocusIn, e -> grid.redraw());
		grid.addListener(SWT.FocusOut, e -> grid.redraw());

		Composite below = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(below);
		dayTitle = Ui.line(below, "study.calendar.dayTitle", 1);
		day = new VirtualTable<Record>(below, SWT.SINGLE, "study.calendar.day")
				.column(Messages.Col_KIND_OF_ENTRY, 80, SWT.LEFT, r -> r instanceof Meeting ? Messages.Calendar_HELD : Messages.Calendar_PLANNED)
				.column(Messages.Col_MEETING_TYPE, 110, SWT.LEFT, r -> type(r).label())
				.column(Messages.Col_ORGANIZATION, 200, SWT.LEFT, r -> data.map(d -> Ui.organization(d.tree(), organization(r))).orElse(""))
				.column(Messages.Col_CONTENT, 360, SWT.LEFT, CalendarTab::content)
				.foreground(r -> r instanceof PlannedMeeting ? Optional.of(Ui.GREY) : Optional.empty())
				.font(r -> r instanceof PlannedMeeting ? Optional.of(italic) : Optional.empty());
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 100).applyTo(day.table());
		sash.setWeights(68, 32);
		job = new Async<>(grid);
		setQuarter(false);
	}

	private static Font derived(Font base, int style) {
		FontData[] fd = base.getFontData();
		for (FontData f : fd) {
			f.setStyle(f.getStyle() | style);
		}
		return new Font(base.getDevice(), fd);
	}

	@Override
	boolean affectedBy(WorkspaceEvent event) {
		return event.affects(Meeting.class) || event.affects(PlannedMeeting.class);
	}

	@Override
	void reload() {
		Scope s = scope;
		Ui.setText(dayTitle, Messages.Common_COMPUTING);
		job.run(() -> {
			OrganizationTree tree = workspace.organizations();
			NavigableMap<LocalDate, List<Record>> byDay = new TreeMap<>();
			for (Meeting m : s.meetings(workspace)) {
				byDay.computeIfAbsent(m.date(), k -> new ArrayList<>()).add(m);
			}
			for (PlannedMeeting p : s.planned(workspace)) {
				byDay.computeIfAbsent(p.date(), k -> new ArrayList<>()).add(p);
			}
			Comparator<Record> order = Comparator.comparing((Record r) -> r instanceof PlannedMeeting)
					.thenComparing(CalendarTab::type).thenComparing(CalendarTab::organization);
			byDay.values().forEach(l -> l.sort(order));
			boolean one = s.organizations(tree).size() == 1;
			return new Data(tree, byDay, s.label(tree), one);
		}, d -> {
			data = Optional.of(d);
			refresh();
		}, e -> Ui.setText(dayTitle, Ui.failure(e)));
	}

	private static MeetingType type(Record r) {
		return r instanceof Meeting m ? m.type() : ((PlannedMeeting) r).type();
	}

	private static OrgId organization(Record r) {
		return r instanceof Meeting m ? m.organization() : ((PlannedMeeting) r).organization();
	}

	/** The first topic of a held meeting, the topic of a planned one. */
	private static String content(Record r) {
		return r instanceof Meeting m ? m.firstTopic().map(AgendaItem::title).orElse("") : ((PlannedMeeting) r).topic();
	}

	private List<Record> on(LocalDate d) {
		return data.map(x -> x.byDay().getOrDefault(d, List.of())).orElse(List.of());
	}

	// ---- navigation ----------------------------------------------------------------------------

	private void setQuarter(boolean q) {
		quarter = q;
		monthView.setSelection(!q);
		quarterView.setSelection(q);
		refresh();
	}

	/** One month or quarter back or forward, keeping the day of the month where it exists. */
	private void move(int direction) {
		select(selectedDay.plusMonths((long) direction * (quarter ? 3 : 1)));
	}

	private void select(LocalDate d) {
		selectedDay = d;
		refresh();
	}

	private void key(Event e) {
		LocalDate d = switch (e.keyCode) {
		case SWT.ARROW_LEFT -> selectedDay.minusDays(1);
		case SWT.ARROW_RIGHT -> selectedDay.plusDays(1);
		case SWT.ARROW_UP -> selectedDay.minusWeeks(1);
		case SWT.ARROW_DOWN -> selectedDay.plusWeeks(1);
		case SWT.PAGE_UP -> selectedDay.minusMonths(quarter ? 3 : 1);
		case SWT.PAGE_DOWN -> selectedDay.plusMonths(quarter ? 3 : 1);
		case SWT.HOME -> LocalDate.now();
		default -> selectedDay;
		};
		if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
			focusDay();
			return;
		}
		if (!d.equals(selectedDay)) {
			select(d);
		}
	}

	/** Enter or a double-click on a day: its list, where the keyboard can go through the meetings. */
	private void focusDay() {
		day.table().setFocus();
		if (day.size() > 0 && day.selected().isEmpty()) {
			day.table().setSelection(0);
		}
	}

	private YearMonth firstMonth() {
		YearMonth ym = YearMonth.from(selectedDay);
		return quarter ? ym.withMonth((ym.getMonthValue() - 1) / 3 * 3 + 1) : ym;
	}

	private void refresh() {
		YearMonth first = firstMonth();
		String period = quarter ? Nls.bind(Messages.Calendar_QUARTER_TITLE, first.getYear(), (first.getMonthValue() - 1) / 3 + 1)
				: Nls.bind(Messages.Calendar_MONTH_TITLE, first.getYear(), first.getMonthValue());
		Ui.setText(title, data.map(d -> Nls.bind(Messages.Calendar_TITLE, period, d.scopeLabel())).orElse(period));
		List<Record> entries = on(selectedDay);
		long held = entries.stream().filter(r -> r instanceof Meeting).count();
		String dayName = Nls.bind(Messages.Calendar_DAY, selectedDay.getYear(), selectedDay.getMonthValue(), selectedDay.getDayOfMonth(),
				selectedDay.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.getDefault()));
		if (data.isPresent()) {
			Ui.setText(dayTitle, entries.isEmpty() ? Nls.bind(Messages.Calendar_DAY_EMPTY, dayName)
					: Nls.bind(Messages.Calendar_DAY_COUNT, dayName, held, entries.size() - held));
		}
		day.setRows(entries, r -> r);
		grid.redraw();
	}

	// ---- drawing -------------------------------------------------------------------------------

	private void paint(GC gc) {
		hits.clear();
		Rectangle area = grid.getClientArea();
		gc.setBackground(WHITE);
		gc.fillRectangle(area);
		gc.setFont(grid.getFont());
		if (quarter) {
			int gap = 10;
			int w = (area.width - 2 * gap) / 3;
			for (int i = 0; i < 3; i++) {
				drawMonth(gc, firstMonth().plusMonths(i), new Rectangle(area.x + i * (w + gap), area.y, w, area.height), false);
			}
		} else {
			drawMonth(gc, firstMonth(), area, true);
		}
	}

	/** One month, Monday first as Chinese calendars are; {@code detailed} lists meetings, otherwise only counts. */
	private void drawMonth(GC gc, YearMonth ym, Rectangle area, boolean detailed) {
		int lineHeight = gc.getFontMetrics().getHeight();
		int y = area.y + PAD;
		if (!detailed) {
			gc.setFont(bold);
			gc.setForeground(TEXT);
			String name = Nls.bind(Messages.Calendar_MONTH_TITLE, ym.getYear(), ym.getMonthValue());
			gc.drawString(name, area.x + (area.width - gc.textExtent(name).x) / 2, y, true);
			gc.setFont(grid.getFont());
			y += lineHeight + PAD;
		}
		int cellW = Math.max(1, area.width / 7);
		for (int c = 0; c < 7; c++) {
			String wd = DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Locale.getDefault());
			gc.setForeground(c >= 5 ? Ui.RED : TEXT);
			gc.drawString(wd, area.x + c * cellW + (cellW - gc.textExtent(wd).x) / 2, y, true);
		}
		y += lineHeight + PAD;
		int cellH = Math.max(1, (area.y + area.height - y) / 6);
		LocalDate first = ym.atDay(1);
		LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
		LocalDate today = LocalDate.now();
		for (int i = 0; i < 42; i++) {
			LocalDate d = start.plusDays(i);
			boolean inMonth = YearMonth.from(d).equals(ym);
			if (!detailed && !inMonth) {
				continue; // the neighbouring block shows it
			}
			Rectangle cell = new Rectangle(area.x + (i % 7) * cellW, y + (i / 7) * cellH, cellW, cellH);
			gc.setBackground(d.equals(selectedDay) ? SELECTED : i % 7 >= 5 ? WEEKEND : WHITE);
			gc.fillRectangle(cell);
			gc.setForeground(LINE);
			gc.drawRectangle(cell.x, cell.y, cell.width - 1, cell.height - 1);
			if (d.equals(selectedDay) && grid.isFocusControl()) {
				gc.setForeground(TEXT);
				gc.drawFocus(cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2);
			}
			hits.add(new Hit(cell, d));
			gc.setClipping(cell);
			gc.setFont(d.equals(today) ? bold : grid.getFont());
			gc.setForeground(d.equals(today) ? Ui.RED : inMonth ? TEXT : Ui.GREY);
			gc.drawString(Integer.toString(d.getDayOfMonth()), cell.x + PAD, cell.y + PAD, true);
			gc.setFont(grid.getFont());
			List<Record> entries = on(d);
			if (!entries.isEmpty()) {
				if (detailed) {
					drawLines(gc, entries, cell, lineHeight);
				} else {
					drawCounts(gc, entries, cell, lineHeight);
				}
			}
			gc.setClipping((Rectangle) null);
		}
	}

	/** Held lines first, then planned; as many as fit, then 另 N 项. */
	private void drawLines(GC gc, List<Record> entries, Rectangle cell, int lineHeight) {
		List<Line> lines = lines(entries);
		int x = cell.x + PAD;
		int width = cell.width - 2 * PAD;
		int top = cell.y + PAD + lineHeight;
		int room = Math.max(0, (cell.y + cell.height - PAD - top) / lineHeight);
		for (int i = 0; i < lines.size() && i < room; i++) {
			Line l = lines.get(i);
			if (i == room - 1 && lines.size() > room) {
				int rest = lines.subList(i, lines.size()).stream().mapToInt(Line::count).sum();
				gc.setFont(grid.getFont());
				gc.setForeground(TEXT);
				gc.drawString(fit(gc, Nls.bind(Messages.Calendar_MORE, rest), width), x, top + i * lineHeight, true);
				break;
			}
			gc.setFont(l.held() ? grid.getFont() : italic);
			gc.setForeground(l.held() ? TEXT : Ui.GREY);
			gc.drawString(fit(gc, l.text(), width), x, top + i * lineHeight, true);
		}
		gc.setFont(grid.getFont());
	}

	/**
	 * A day's meetings by type: 支委会 ×3 for several; for one, its organization too when the scope
	 * has several (支委会 · 第一党支部), since the type alone would not say whose it is.
	 */
	private List<Line> lines(List<Record> entries) {
		Map<List<Object>, List<Record>> groups = new LinkedHashMap<>();
		for (Record r : entries) {
			groups.computeIfAbsent(List.of(type(r), r instanceof Meeting), k -> new ArrayList<>()).add(r);
		}
		boolean one = data.map(Data::oneOrganization).orElse(true);
		List<Line> out = new ArrayList<>();
		groups.forEach((k, records) -> {
			MeetingType t = (MeetingType) k.get(0);
			boolean held = (Boolean) k.get(1);
			int n = records.size();
			String text = n > 1 ? Nls.bind(Messages.Calendar_TIMES, t.label(), n)
					: one ? t.label()
							: Nls.bind(Messages.Calendar_WITH_ORGANIZATION, t.label(),
									data.map(d -> Ui.organization(d.tree(), organization(records.get(0)))).orElse(""));
			out.add(new Line(t, held, n, text));
		});
		return out;
	}

	/** ●2 ○1 beside the day number: held and planned, for the small cells of the quarter. */
	private void drawCounts(GC gc, List<Record> entries, Rectangle cell, int lineHeight) {
		long held = entries.stream().filter(r -> r instanceof Meeting).count();
		long planned = entries.size() - held;
		int x = cell.x + PAD;
		int y = cell.y + PAD + lineHeight;
		if (held > 0) {
			String t = Nls.bind(Messages.Calendar_HELD_COUNT, held);
			gc.setForeground(TEXT);
			gc.drawString(t, x, y, true);
			x += gc.textExtent(t).x + PAD;
		}
		if (planned > 0) {
			gc.setFont(italic);
			gc.setForeground(Ui.GREY);
			gc.drawString(Nls.bind(Messages.Calendar_PLANNED_COUNT, planned), x, y, true);
			gc.setFont(grid.getFont());
		}
	}

	/** {@code text} cut to {@code width} pixels with an ellipsis. */
	private static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String s = text;
		while (!s.isEmpty() && gc.textExtent(s + "…").x > width) {
			s = s.substring(0, s.length() - 1);
		}
		return s + "…";
	}

	@Override
	void focus() {
		grid.setFocus();
	}
}
