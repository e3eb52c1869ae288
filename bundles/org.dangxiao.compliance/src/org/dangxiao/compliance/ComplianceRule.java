package org.dangxiao.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.WorkspaceView;

/**
 * A compliance check a plug-in adds beside the meeting-frequency rules, contributed through the
 * extension point {@code org.dangxiao.compliance.rules} (see {@link ComplianceRules}). It looks at
 * the workspace for one year and one organization subtree and says, per organization, how things
 * stand, in the same four statuses as the frequency rules, so {@code dangxiao check} and the views
 * can count them together.
 *
 * <p>Implementations need a public no-argument constructor, must only read the workspace, and
 * should read per organization or per owner where the scope is small: a province has 20,000
 * organizations. A rule that throws is reported as failed; it never stops the other rules.
 */
public interface ComplianceRule {
	/**
	 * The findings for {@code context}: at most a few per organization, in any order. Organizations
	 * the rule has nothing to say about get no finding (not a {@link CellStatus#MET} one).
	 */
	List<Finding> check(Context context);

	/**
	 * What to check.
	 *
	 * @param year   the calendar year asked for
	 * @param within the top of the subtree asked for; empty for the whole tree
	 * @param today  the day the statuses are judged on (what is overdue, what is due soon)
	 */
	record Context(WorkspaceView workspace, int year, Optional<OrgId> within, LocalDate today) {
		public Context {
			Objects.requireNonNull(workspace, "workspace");
			Objects.requireNonNull(within, "within");
			Objects.requireNonNull(today, "today");
		}

		public LocalDate firstDay() {
			return LocalDate.of(year, 1, 1);
		}

		public LocalDate lastDay() {
			return LocalDate.of(year, 12, 31);
		}

		/** The organizations in scope, in tree order; empty when {@code within} is not in the tree. */
		public List<Organization> organizations() {
			OrganizationTree tree = workspace.organizations();
			return within.map(tree::subtree).orElseGet(() -> tree.root().map(r -> tree.subtree(r.id())).orElse(List.of()));
		}

		/** Whether {@code organization} is in scope. */
		public boolean contains(OrgId organization) {
			OrganizationTree tree = workspace.organizations();
			return within.map(top -> tree.isWithin(organization, top)).orElseGet(() -> tree.contains(organization));
		}
	}

	/**
	 * What a rule found for one organization.
	 *
	 * @param message a sentence for the user, already translated, e.g. 2 项贯彻落实措施逾期未完成……
	 */
	record Finding(OrgId organization, String message, CellStatus status) {
		public Finding {
			Objects.requireNonNull(organization, "organization");
			Objects.requireNonNull(status, "status");
			if (message == null || message.isBlank()) {
				throw new IllegalArgumentException("a finding needs a message");
			}
		}
	}
}
