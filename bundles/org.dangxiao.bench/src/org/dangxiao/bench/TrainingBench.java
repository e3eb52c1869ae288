package org.dangxiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.store.Database;
import org.dangxiao.store.JdbcWorkspace;
import org.dangxiao.training.Training;
import org.dangxiao.training.schedule.Proposal;
import org.dangxiao.training.schedule.ScheduleRequest;
import org.dangxiao.training.schedule.Scheduler;

/**
 * ./dx bench training: on the province-sized H2 workspace of {@link StoreBench} (500,000 people,
 * 5,000,000 attendance rows), the whole coverage summary of a program (per organization subtree,
 * per category, in total) and a scheduling proposal for 20,000 untrained people into 200 classes.
 * Both print a ratio to a reference measured in the same run: the scan of the person table.
 */
public final class TrainingBench {
	static final int SCHEDULED = 20_000;
	static final int SCHEDULE_CLASSES = 200;

	private TrainingBench() {
	}

	public static void main(String[] args) throws Exception {
		Database db = Database.h2(Files.createDirectories(Path.of(args[0])));
		WorkspaceSnapshot snapshot = Boolean.getBoolean("bench.reuse") ? new WorkspaceSnapshot(java.util.List.of(), java.util.List.of())
				: StoreBench.generate();
		try (JdbcWorkspace ws = JdbcWorkspace.open(db)) {
			long t0 = System.nanoTime();
			// -Dbench.reuse=true measures a workspace a previous run left (the load takes minutes)
			boolean reuse = Boolean.getBoolean("bench.reuse") && ws.personCount() > 0;
			if (!reuse) {
				ws.replaceAll(snapshot, "bench");
			}
			int attendance = reuse ? StoreBench.PEOPLE * StoreBench.COURSES_PER_CLASS : StoreBench.loadTraining(db);
			int untrained = reuse ? StoreBench.PEOPLE / 20 - StoreBench.PEOPLE / 100 : loadSchedulingProgram(db);
			long loaded = System.nanoTime();
			double reference = StoreBench.median(db, () -> StoreBench.count(db, "SELECT COUNT(*) FROM person WHERE post <> 'x'"));
			Training.CoverageSummary[] summary = new Training.CoverageSummary[1];
			double coverage = StoreBench.median(db, () -> summary[0] = Training.coverage(ws, new ProgramId(1)));
			ProgramId second = new ProgramId(2);
			ScheduleRequest[] request = new ScheduleRequest[1];
			Proposal[] proposal = new Proposal[1];
			double read = StoreBench.median(db, () -> request[0] = Training.scheduleRequest(ws, second, 2, 5));
			double propose = StoreBench.median(db, () -> proposal[0] = Scheduler.propose(request[0]));
			System.out.printf("%nH2: %,d people, %,d organizations, %,d attendance rows; loaded in %.1f s%n", ws.personCount(),
					ws.organizations().size(), attendance, StoreBench.seconds(loaded - t0));
			System.out.printf("  reference: scan of person           %8.3f s (median of %d)%n", reference, StoreBench.REPEAT);
			System.out.printf("  coverage summary (subtrees, categories, total) %8.3f s = %.1f× reference   target under 1 s -> %s%n",
					coverage, coverage / reference, coverage < 1.0 ? "met" : "NOT met");
			System.out.printf("  program 1 coverage                  %,d of %,d trained (%.1f%%), %d categories%n", summary[0].total().trained(),
					summary[0].total().target(), 100 * summary[0].total().ratio(), summary[0].byCategory().size());
			System.out.printf("  scheduling: read %,d untrained and %d classes %8.3f s%n", request[0].trainees().size(),
					request[0].classes().size(), read);
			System.out.printf("  scheduling: proposal                %8.3f s%n", propose);
			System.out.printf("  scheduling total                    %8.3f s = %.1f× reference   target under 10 s -> %s%n", read + propose,
					(read + propose) / reference, read + propose < 10.0 ? "met" : "NOT met");
			System.out.printf("  proposal: %,d placed, %,d unplaced (expected untrained %,d)%n  %s%n", proposal[0].placed(),
					proposal[0].unplaced().size(), untrained, proposal[0].explanation());
		}
	}

	/**
	 * Program 2 targets the 新任乡村干部 category (one person in 20: 25,000); 5,000 of them transferred out,
	 * so 20,000 are to train, and 200 planned classes of 100 seats over 40 weeks wait for them.
	 */
	static int loadSchedulingProgram(Database db) throws SQLException {
		try (Connection c = db.connect()) {
			c.setAutoCommit(false);
			try (Statement st = c.createStatement()) {
				st.execute("INSERT INTO training_program (id, name, program_year, deadline, required_hours, target_categories)"
						+ " VALUES (2, '新任村干部轮训', 2027, DATE '2027-12-31', 30, '新任乡村干部')");
			}
			LocalDate first = LocalDate.of(2027, 3, 1);
			StoreBench.batch(c, "INSERT INTO training_class VALUES (?, 2, ?, ?, ?, '县委党校', 'PARTY_SCHOOL', 100, NULL)",
					SCHEDULE_CLASSES, (ps, k) -> {
						ps.setLong(1, 100_000 + k);
						ps.setString(2, "新任村干部第" + (k + 1) + "期");
						ps.setObject(3, first.plusWeeks(k % 40));
						ps.setObject(4, first.plusWeeks(k % 40).plusDays(4));
					});
			c.commit();
		}
		// one person in 20 has the category, one in 50 transferred out: one in 100 is both
		return StoreBench.PEOPLE / 20 - StoreBench.PEOPLE / 100;
	}
}
