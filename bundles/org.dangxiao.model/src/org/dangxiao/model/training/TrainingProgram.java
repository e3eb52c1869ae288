package org.dangxiao.model.training;

import org.dangxiao.model.Check;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A 培训项目, e.g. 2020年新任村干部轮训: whom it must reach, by when, and how many 学时 count as trained.
 *
 * @param conversionTable how attendance turns into 学时; empty: the workspace's default table
 */
public record TrainingProgram(ProgramId id, String name, int year, TargetRule target, LocalDate deadline,
		BigDecimal requiredHours, Optional<ConversionTableId> conversionTable) {
	public TrainingProgram {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(conversionTable, "conversionTable");
		name = Check.text(name, "name");
		requiredHours = Check.notNegative(requiredHours, "requiredHours");
	}
}
