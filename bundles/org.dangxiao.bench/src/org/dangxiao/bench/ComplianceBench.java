package org.dangxiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.dangxiao.compliance.CellStatus;
import org.dangxiao.compliance.Compliance;
import org.dangxiao.compliance.ComplianceCell;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Organization;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.store.Database;
import org.dangxiao.store.JdbcWorkspace;

/**
 * ./dx bench compliance: every meeting rule for every organization of a 20,000-organization tree
 * over one year, on H2. The meetings are what such a province records in a year: each rule met in
 * nine periods of ten. Prints, as medians of 5, reading the year's meetings from the store (the
 * reference) and judging every cell from them (the target).
 */
public final class ComplianceBench {
	private ComplianceBench() {
	}

	public static void main(String[] args) throws Exception {
		Database db = Database.h2(Files.createDirectories(Path.of(args[0])));
		WorkspaceSnapshot tree = StoreBench.generate();
		try (JdbcWorkspace ws = JdbcWorkspace.open(db)) {
			long t0 = System.nanoTime();
			ws.replaceAll(new WorkspaceSnapshot(tree.organizations(), List.of()), "bench");
			int year = 2025;
			List<Meeting> meetings = meetings(tree.organizations(), year);
			for (int from = 0; from < meetings.size(); from += 50_000) {
				ws.execute(Commands.putAll("bench", meetings.subList(from, Math.min(meetings.size(), from + 50_000))));
			}
			long loaded = System.nanoTime();
			LocalDate first = LocalDate.of(year, 1, 1), last = LocalDate.of(year, 12, 31), today = LocalDate.of(year, 11, 20);
			List<Meeting>[] read = new List[1];
			double reference = StoreBench.median(db, () -> read[0] = ws.list(Meeting.class));
			List<ComplianceCell>[] cells = new List[1];
			double evaluate = StoreBench.median(db,
					() -> cells[0] = Compliance.evaluate(ws.organizations(), FrequencyRules.defaults(), read[0], first, last, today));
			Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
			cells[0].forEach(c -> counts.merge(c.status(), 1, Integer::sum));
			System.out.printf("%nH2: %,d organizations, %,d meetings in %d; loaded in %.1f s%n", ws.organizations().size(), meetings.size(), year,
					StoreBench.seconds(loaded - t0));
			System.out.printf("  reference: read the year's meetings from H2   %8.3f s (median of %d)%n", reference, StoreBench.REPEAT);
			System.out.printf("  compliance: judge every rule of every organization %8.3f s = %.2f× reference   target under 1 s -> %s%n", evaluate,
					evaluate / reference, evaluate < 1.0 ? "met" : "NOT met");
			System.out.printf("  read and judge together                       %8.3f s%n", reference + evaluate);
			System.out.printf("  %,d cells: %s%n", cells[0].size(), counts);
		}
	}

	/** For every organization and rule, the periods' meetings, one period in ten left without. */
	static List<Meeting> meetings(List<Organization> organizations, int year) {
		Random random = new Random(year);
		List<Meeting> out = new ArrayList<>();
		long id = 1;
		FrequencyRules rules = FrequencyRules.defaults();
		for (Organization o : organizations) {
			for (FrequencyRule rule : rules.applicableTo(o.type())) {
				for (LocalDate start = LocalDate.of(year, 1, 1); start.getYear() == year; start = rule.period().next(start)) {
					if (random.nextInt(10) == 0) {
						continue;
					}
					LocalDate end = rule.period().next(start).minusDays(1);
					LocalDate day = start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1));
					out.add(new Meeting(new MeetingId(id++), rule.meeting(), day, o.id(), Optional.empty(), List.of(), List.of(), ""));
				}
			}
		}
		return out;
	}
}
