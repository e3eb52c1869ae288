package org.dangxiao.attendance.ui.wizard;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.imports.AttendanceImport.Inspection;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.training.TrainingClass;

/** What the pages have chosen so far. Pages write it as the user chooses; the wizard plans and imports from it. */
final class ImportState {
	final Workspace workspace;
	TrainingClass trainingClass;
	/** Empty until a file has been read. */
	Optional<Inspection> inspection = Optional.empty();
	/** The sheets to import, by name; hidden and headerless sheets only when the user ticks them. */
	final Set<String> chosen = new HashSet<>();
	/** The user's corrections of the mappings found from the headers, by sheet name. */
	final Map<String, Mapping> overrides = new HashMap<>();
	ClassContext context;
	/** Empty until the preview has been planned. */
	Optional<ImportPlan> plan = Optional.empty();
	/** Where the plan's rows of each outcome are; set with the plan. */
	OutcomeIndex outcomes;
	/** An earlier import of the same content: the plan must not be committed again. */
	Optional<ImportBatch> earlier = Optional.empty();
	/** How many records of the plan, as first planned, replace attendance already stored. */
	int replacing;

	ImportState(Workspace workspace) {
		this.workspace = workspace;
	}

	/** A newly read file: its default sheets are chosen, earlier choices and corrections forgotten. */
	void inspected(Inspection found) {
		inspection = Optional.of(found);
		chosen.clear();
		overrides.clear();
		found.defaultSheets().forEach(s -> chosen.add(s.name()));
		plan = Optional.empty();
	}

	void planned(ClassContext classContext, ImportPlan made, OutcomeIndex index, Optional<ImportBatch> earlierImport, int replaced) {
		context = classContext;
		plan = Optional.of(made);
		outcomes = index;
		earlier = earlierImport;
		replacing = replaced;
	}

	/** Rows of the plan were resolved in the preview: where each outcome is has changed. */
	void resolved() {
		outcomes = new OutcomeIndex(plan.orElseThrow());
	}

	boolean isInspected(Path file) {
		return inspection.map(i -> i.file().equals(file)).orElse(false);
	}

	/** The mapping the sheet will be imported with: the user's correction, else the one found. */
	Optional<Mapping> mapping(String sheet) {
		return Optional.ofNullable(overrides.get(sheet)).or(() -> found(sheet));
	}

	boolean hasHeader(String sheet) {
		return found(sheet).isPresent();
	}

	private Optional<Mapping> found(String sheet) {
		return inspection.flatMap(i -> i.mappings().getOrDefault(sheet, Optional.empty()));
	}

	/** The chosen sheets in workbook order, the order the plan reads them in. */
	List<SheetInfo> chosenSheets() {
		return inspection.map(i -> i.sheets().stream().filter(s -> chosen.contains(s.name())).toList()).orElse(List.of());
	}

	List<SheetRow> top(String sheet) {
		return inspection.map(i -> i.top().getOrDefault(sheet, List.<SheetRow>of())).orElse(List.of());
	}
}
