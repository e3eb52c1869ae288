package org.dangxiao.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;

/**
 * An import from file to plan: choose the reader, find each sheet's header and mapping, stream the
 * rows through the {@link Planner}. Nothing is written; the plan's {@link ImportPlan#command}
 * does that, when the user says so.
 */
public final class AttendanceImport {
	private AttendanceImport() {
	}

	/** Reports progress and asks whether to stop; called every few hundred rows. */
	public interface Progress {
		void rows(String sheet, int rowsRead);

		boolean cancelled();

		Progress NONE = new Progress() {
			@Override
			public void rows(String sheet, int rowsRead) {
			}

			@Override
			public boolean cancelled() {
				return false;
			}
		};
	}

	/** The file's sheets, and for each the mapping found from its header (empty when none was). */
	public record Inspection(Path file, SourceReader reader, List<SheetInfo> sheets, Map<String, Optional<Mapping>> mappings,
			Map<String, List<SheetRow>> top) {
		/**
		 * The sheets to read unless the user chooses: the visible ones with a header, and of those the
		 * ones whose header names a time, status, date or course when some do (a workbook's 汇总 or
		 * 名单 sheet names people only).
		 */
		public List<SheetInfo> defaultSheets() {
			List<SheetInfo> withHeader = sheets.stream().filter(s -> !s.hidden() && mappings.get(s.name()).isPresent()).toList();
			List<SheetInfo> attendance = withHeader.stream()
					.filter(s -> mappings.get(s.name()).get().fields().stream().anyMatch(ATTENDANCE_FIELDS::contains)).toList();
			return attendance.isEmpty() ? withHeader : attendance;
		}
	}

	private static final java.util.Set<Field> ATTENDANCE_FIELDS = java.util.EnumSet.of(Field.SIGN_IN, Field.SIGN_OUT, Field.STATUS, Field.SUBMITTED,
			Field.DATE, Field.COURSE);

	/** Reads the top of every sheet: enough to show them and their headers. */
	public static Inspection inspect(Path file) throws ImportException {
		return inspect(file, Optional.empty());
	}

	/**
	 * As {@link #inspect(Path)}, with the mapping templates saved in {@code workspace} applied to the
	 * sheets whose header they were made for.
	 */
	public static Inspection inspect(Path file, Optional<WorkspaceView> workspace) throws ImportException {
		SourceReader reader = Sources.readerFor(file);
		List<SheetInfo> sheets = reader.sheets(file);
		Map<String, Optional<Mapping>> mappings = new java.util.LinkedHashMap<>();
		Map<String, List<SheetRow>> tops = new java.util.LinkedHashMap<>();
		for (SheetInfo s : sheets) {
			List<SheetRow> top = new ArrayList<>();
			reader.read(file, s, row -> {
				if (!row.isBlank()) {
					top.add(row);
				}
				return top.size() < Mapping.HEADER_SEARCH_ROWS + 10;
			});
			tops.put(s.name(), List.copyOf(top));
			Optional<Mapping> found = Mapping.find(top);
			if (found.isPresent() && workspace.isPresent()) {
				Mapping m = found.get();
				found = Optional.of(MappingTemplates.forSignature(workspace.get(), m.signature()).map(t -> t.applyTo(m)).orElse(m));
			}
			mappings.put(s.name(), found);
		}
		return new Inspection(file, reader, sheets, mappings, tops);
	}

	/**
	 * Plans the import of {@code sheets} into the class of {@code context}. {@code overrides}
	 * replaces the found mapping of a sheet (by name), as the user set it in the wizard.
	 */
	public static ImportPlan plan(WorkspaceView workspace, ClassContext context, Inspection inspection, List<SheetInfo> sheets,
			Map<String, Mapping> overrides, Progress progress) throws ImportException {
		Path file = inspection.file();
		if (sheets.isEmpty()) {
			throw new ImportException(Nls.bind(Messages.Read_NO_HEADER, file.getFileName(), inspection.sheets().isEmpty() ? "" : inspection.sheets().get(0).name()));
		}
		Planner planner = new Planner(workspace, context);
		int year = context.trainingClass().start().getYear();
		List<String> empty = new ArrayList<>();
		for (SheetInfo sheet : sheets) {
			Optional<Mapping> found = Optional.ofNullable(overrides.get(sheet.name())).or(() -> inspection.mappings().get(sheet.name()));
			if (found.isEmpty() || !found.get().identifiesPeople()) {
				throw new ImportException(Nls.bind(Messages.Read_NO_HEADER, file.getFileName(), sheet.name()));
			}
			Mapping mapping = found.get();
			List<SheetRow> titles = inspection.top().get(sheet.name()).stream().filter(r -> r.number() < mapping.headerRows().get(0)).toList();
			Planner.SheetContext sc = Planner.sheetContext(sheet.name(), mapping, titles, year);
			int[] count = { 0, 0 };
			try (PlannerThread planning = new PlannerThread(planner, sc)) {
				inspection.reader().read(file, sheet, row -> {
					if (row.number() > mapping.lastHeaderRow()) {
						planning.add(row);
						if (!row.isBlank()) {
							count[1]++;
						}
					}
					if (++count[0] % 500 == 0) {
						progress.rows(sheet.name(), count[0]);
						return !progress.cancelled() && planning.running();
					}
					return planning.running();
				});
			}
			if (count[1] == 0) {
				empty.add(sheet.name());
			}
		}
		if (empty.size() == sheets.size()) {
			// a workbook with a day's sheet prepared but not yet filled still imports the other days
			throw new ImportException(Nls.bind(Messages.Read_NO_ROWS, file.getFileName(), empty.get(0)));
		}
		return planner.plan(file.getFileName().toString(), sha256(file));
	}

	/**
	 * Plans the rows on a thread of its own while the reader parses the next ones: on two cores the
	 * parse and the checks overlap. Rows go over in batches; {@link #close} waits for the last and
	 * throws what the planner threw.
	 */
	private static final class PlannerThread implements AutoCloseable {
		private static final int BATCH = 512;
		private static final List<SheetRow> END = List.of();
		private final java.util.concurrent.BlockingQueue<List<SheetRow>> queue = new java.util.concurrent.ArrayBlockingQueue<>(16);
		private final java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
		private final Thread thread;
		private List<SheetRow> batch = new ArrayList<>(BATCH);

		PlannerThread(Planner planner, Planner.SheetContext sheet) {
			thread = Thread.ofPlatform().name("dangxiao-import-planner").daemon().start(() -> {
				try {
					for (List<SheetRow> rows = queue.take(); rows != END; rows = queue.take()) {
						rows.forEach(row -> planner.add(sheet, row));
					}
				} catch (Throwable t) {
					failure.set(t);
					queue.clear(); // the reader stops at its next row; nothing waits on a full queue
				}
			});
		}

		void add(SheetRow row) {
			batch.add(row);
			if (batch.size() == BATCH) {
				hand(batch);
				batch = new ArrayList<>(BATCH);
			}
		}

		boolean running() {
			return failure.get() == null;
		}

		private void hand(List<SheetRow> rows) {
			try {
				while (running() && !queue.offer(rows, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
					// the planner is behind: wait for it, unless it has stopped
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				failure.compareAndSet(null, e);
			}
		}

		@Override
		public void close() throws ImportException {
			hand(batch);
			hand(END);
			try {
				if (running()) {
					thread.join();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				failure.compareAndSet(null, e);
			}
			switch (failure.get()) {
			case null -> {
			}
			case RuntimeException e -> throw e;
			case Error e -> throw e;
			case Throwable t -> throw new ImportException(t.toString(), t);
			}
		}
	}

	/** The SHA-256 of the file's bytes, as 64 lower-case hex digits. */
	public static String sha256(Path file) throws ImportException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			byte[] buf = new byte[1 << 16];
			for (int n; (n = in.read(buf)) > 0;) {
				md.update(buf, 0, n);
			}
			return HexFormat.of().formatHex(md.digest());
		} catch (IOException | NoSuchAlgorithmException e) {
			throw new ImportException(Nls.bind(Messages.Read_FAILED, file.getFileName(), e.getMessage()), e);
		}
	}
}
