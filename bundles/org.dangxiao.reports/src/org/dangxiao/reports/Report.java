package org.dangxiao.reports;

import java.util.List;

import org.dangxiao.model.WorkspaceView;

/**
 * A report contributed through the extension point {@code org.dangxiao.reports.definitions}: it names
 * the parameters it needs and turns a workspace and their values into one table (with an optional
 * chart). The workbench shows it, exports it as an .xlsx register, prints it, and the CLI runs it
 * ({@code dangxiao report ID --out FILE.xlsx}). A report only reads; it never changes the workspace.
 */
public interface Report {
	/** The parameters, in the order a form asks for them; may be empty. */
	List<Parameter> parameters();

	/**
	 * Runs the report.
	 *
	 * @throws ReportException with a sentence for the user when an argument is missing or wrong, or
	 *                         the data does not allow the report (an unknown program, say)
	 */
	ReportResult run(WorkspaceView workspace, Arguments arguments) throws ReportException;
}
