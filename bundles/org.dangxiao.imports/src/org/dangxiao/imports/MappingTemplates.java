package org.dangxiao.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.Command;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Setting;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;

/**
 * Saved column mappings, one per source (a sign-in machine's export, a class head's template),
 * kept as workspace settings so every desktop on a shared server has them. A sheet whose header
 * has the same {@link Mapping#signature()} as a saved template gets that template's mapping.
 */
public final class MappingTemplates {
	static final String PREFIX = "imports.mapping.";

	private MappingTemplates() {
	}

	/** A saved mapping: its name, the header signature it was made for, and each column's meaning. */
	public record Template(String name, String signature, List<Mapping.Column> columns) {
		public Mapping applyTo(Mapping found) {
			Mapping out = found;
			for (Mapping.Column c : columns) {
				out = out.with(c.index(), c.field(), c.session());
			}
			return out;
		}
	}

	public static List<Template> all(WorkspaceView workspace) {
		List<Template> out = new ArrayList<>();
		for (Setting s : workspace.list(Setting.class)) {
			if (s.key().startsWith(PREFIX)) {
				decode(s.key().substring(PREFIX.length()), s.value()).ifPresent(out::add);
			}
		}
		return out;
	}

	public static Optional<Template> named(WorkspaceView workspace, String name) {
		return workspace.get(Setting.class, PREFIX + name).flatMap(s -> decode(name, s.value()));
	}

	/** The template saved for sheets with this header, if any. */
	public static Optional<Template> forSignature(WorkspaceView workspace, String signature) {
		return all(workspace).stream().filter(t -> t.signature().equals(signature)).findFirst();
	}

	/** Saves {@code mapping} under {@code name} (replacing a template of that name) as one undoable command. */
	public static Command save(String name, Mapping mapping) {
		StringBuilder value = new StringBuilder(mapping.signature());
		for (Mapping.Column c : mapping.columns()) {
			value.append('\n').append(c.index()).append('\t').append(c.field().map(Enum::name).orElse("")).append('\t')
					.append(c.session().map(Enum::name).orElse(""));
		}
		return Commands.putAll(Nls.bind(Messages.Template_SAVE, name), List.of(new Setting(PREFIX + name.strip(), value.toString())));
	}

	/** A template as saved; a damaged or foreign value is no template rather than a wrong one. */
	static Optional<Template> decode(String name, String value) {
		String[] lines = value.split("\n", -1);
		List<Mapping.Column> columns = new ArrayList<>();
		try {
			for (int i = 1; i < lines.length; i++) {
				String[] f = lines[i].split("\t", -1);
				columns.add(new Mapping.Column(Integer.parseInt(f[0]), "", f[1].isEmpty() ? Optional.empty() : Optional.of(Field.valueOf(f[1])),
						f[2].isEmpty() ? Optional.empty() : Optional.of(Sessions.valueOf(f[2]))));
			}
		} catch (RuntimeException e) {
			return Optional.empty();
		}
		return Optional.of(new Template(name, lines[0], columns));
	}
}
