package org.dangxiao.reports.builtin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.ReportException;

/** What the built-in reports share: their parameters, finding what the parameters name, and notes. */
final class Support {
	/** Up to this many organizations are read one by one through their owner index (as the study views do). */
	private static final int PER_ORGANIZATION_READS = 200;

	private Support() {
	}

	static Parameter program() {
		return Parameter.required("program", Messages.Param_PROGRAM, Parameter.Kind.PROGRAM);
	}

	static Parameter optionalProgram() {
		return Parameter.optional("program", Messages.Param_PROGRAM, Parameter.Kind.PROGRAM, Optional.empty());
	}

	static Parameter optionalClass() {
		return Parameter.optional("class", Messages.Param_CLASS, Parameter.Kind.CLASS, Optional.empty());
	}

	static Parameter person() {
		return Parameter.required("person", Messages.Param_PERSON, Parameter.Kind.PERSON);
	}

	static Parameter organization() {
		return Parameter.required("organization", Messages.Param_ORGANIZATION, Parameter.Kind.ORGANIZATION);
	}

	/** An organization whose subtree the report is limited to; none: the whole tree. */
	static Parameter optionalOrganization() {
		return Parameter.optional("organization", Messages.Param_ORGANIZATION_SUBTREE, Parameter.Kind.ORGANIZATION, Optional.empty());
	}

	/** The year, this year by default (the default is taken when the report is created). */
	static Parameter year() {
		return Parameter.optional("year", Messages.Param_YEAR, Parameter.Kind.YEAR, Optional.of(Year.now().toString()));
	}

	/** The day statuses are judged on; today when not given. */
	static Parameter asOf() {
		return Parameter.optional("asOf", Messages.Param_AS_OF, Parameter.Kind.DATE, Optional.empty());
	}

	static LocalDate asOf(Arguments a, Parameter p) throws ReportException {
		return a.optionalDate(p).orElseGet(LocalDate::now);
	}

	static TrainingProgram program(WorkspaceView ws, long id) throws ReportException {
		return ws.get(TrainingProgram.class, new ProgramId(id))
				.orElseThrow(() -> new ReportException(Nls.bind(Messages.Error_NO_PROGRAM, id)));
	}

	static TrainingClass trainingClass(WorkspaceView ws, long id) throws ReportException {
		return ws.get(TrainingClass.class, new ClassId(id))
				.orElseThrow(() -> new ReportException(Nls.bind(Messages.Error_NO_CLASS, id)));
	}

	static Person person(WorkspaceView ws, long id) throws ReportException {
		return ws.person(new PersonId(id)).orElseThrow(() -> new ReportException(Nls.bind(Messages.Error_NO_PERSON, id)));
	}

	static Organization organization(WorkspaceView ws, long id) throws ReportException {
		return ws.organizations().get(new OrgId(id))
				.orElseThrow(() -> new ReportException(Nls.bind(Messages.Error_NO_ORGANIZATION, id)));
	}

	static Optional<Organization> organization(WorkspaceView ws, Optional<Long> id) throws ReportException {
		return id.isEmpty() ? Optional.empty() : Optional.of(organization(ws, id.get()));
	}

	/** 全部党组织, or 城关镇党委及下级组织. */
	static String scopeLabel(OrganizationTree tree, Optional<Organization> org) {
		return org.map(o -> tree.children(o.id()).isEmpty() ? o.name() : Nls.bind(Messages.Scope_SUBTREE, o.name()))
				.orElse(Messages.Scope_ALL);
	}

	/**
	 * The scope as a tree of its own, its top without a parent, for the compliance logic that
	 * evaluates whole trees; the whole tree when no organization is chosen.
	 */
	static OrganizationTree tree(OrganizationTree full, Optional<Organization> org) {
		if (org.isEmpty()) {
			return full;
		}
		List<Organization> members = new ArrayList<>(full.subtree(org.get().id()));
		Organization top = members.get(0);
		members.set(0, new Organization(top.id(), top.code(), top.name(), top.type(), Optional.empty()));
		return OrganizationTree.of(members);
	}

	/** Records owned by the organizations of the scope (meetings, plans), in no particular order. */
	static <V extends Record> List<V> owned(WorkspaceView ws, Class<V> type, Function<V, OrgId> owner, Optional<Organization> org) {
		if (org.isEmpty()) {
			return ws.list(type);
		}
		OrganizationTree tree = ws.organizations();
		List<Organization> members = tree.subtree(org.get().id());
		if (members.size() == tree.size()) {
			return ws.list(type);
		}
		if (members.size() <= PER_ORGANIZATION_READS) {
			try {
				List<V> out = new ArrayList<>();
				for (Organization o : members) {
					out.addAll(ws.list(type, o.id()));
				}
				return out;
			} catch (IllegalArgumentException e) {
				// a store without an owner index for this type: filter the whole (small) table below
			}
		}
		Set<OrgId> ids = new HashSet<>(members.size() * 2);
		members.forEach(o -> ids.add(o.id()));
		return ws.list(type).stream().filter(v -> ids.contains(owner.apply(v))).toList();
	}

	/** 制表日期：2026-03-01. */
	static String madeOn() {
		return Nls.bind(Messages.Note_MADE_ON, LocalDate.now().toString());
	}

	/** {@code part ÷ whole} for a PERCENT cell; an empty cell when nothing was due. */
	static Object ratio(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

	/** 73.5%, for notes. */
	static String percent(long part, long whole) {
		return whole == 0 ? "—"
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** 学时 as people write them: 30, 30.5, never 3E+1. */
	static String hours(BigDecimal h) {
		return h.stripTrailingZeros().toPlainString();
	}
}
