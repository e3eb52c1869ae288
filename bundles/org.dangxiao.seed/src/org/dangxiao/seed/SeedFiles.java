package org.dangxiao.seed;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Gender;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.TreeInvariantException;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.nls.Nls;

/**
 * The seed file format: a directory holding {@value #ORGANIZATIONS_FILE} and {@value #PEOPLE_FILE},
 * UTF-8, tab-separated, one header line, rows sorted by id, {@code '\n'} line ends. Seeds are
 * committed, so equal snapshots must give byte-identical files; and people edit or produce such
 * files by other means, so reading checks everything and names the file and line of a problem.
 */
public final class SeedFiles {
	public static final String ORGANIZATIONS_FILE = "organizations.tsv";
	public static final String PEOPLE_FILE = "people.tsv";
	static final List<String> ORGANIZATION_COLUMNS = List.of("id", "code", "name", "type", "parent");
	static final List<String> PERSON_COLUMNS = List.of("id", "name", "gender", "ethnicity", "citizen_id",
			"organization", "post", "rank", "categories");
	private static final char CATEGORY_SEPARATOR = '|';
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private SeedFiles() {
	}

	/**
	 * Writes {@code snapshot} into {@code dir}, which is created if needed. Both files are checked
	 * before either is written, so a refused snapshot leaves {@code dir} untouched.
	 *
	 * @throws IllegalArgumentException if a value contains a tab or line break, a category is empty
	 *                                  or contains {@code '|'}, or an id occurs twice: such a
	 *                                  snapshot cannot be written without corrupting the files
	 */
	public static void write(WorkspaceSnapshot snapshot, Path dir) throws IOException {
		String organizations = organizationsText(snapshot.organizations());
		String people = peopleText(snapshot.people());
		Files.createDirectories(dir);
		writeReplacing(dir.resolve(ORGANIZATIONS_FILE), organizations);
		writeReplacing(dir.resolve(PEOPLE_FILE), people);
	}

	/**
	 * Reads and checks the seed in {@code dir}. Lists in the result are ordered by id, as
	 * {@link #write} writes them.
	 *
	 * @throws SeedFormatException with a user-facing message naming the file and line at fault
	 * @throws IOException         if a file exists but cannot be read
	 */
	public static WorkspaceSnapshot read(Path dir) throws IOException, SeedFormatException {
		Path organizationsFile = dir.resolve(ORGANIZATIONS_FILE);
		List<Organization> organizations = readOrganizations(organizationsFile);
		List<Person> people = readPeople(dir.resolve(PEOPLE_FILE), organizations, organizationsFile);
		return new WorkspaceSnapshot(
				organizations.stream().sorted(Comparator.comparing(Organization::id)).toList(),
				people.stream().sorted(Comparator.comparing(Person::id)).toList());
	}

	// --- writing -------------------------------------------------------------------------------

	private static String organizationsText(List<Organization> organizations) {
		List<Organization> sorted = organizations.stream().sorted(Comparator.comparing(Organization::id)).toList();
		StringBuilder out = new StringBuilder(64 * (sorted.size() + 1));
		appendRow(out, ORGANIZATIONS_FILE, "", ORGANIZATION_COLUMNS, ORGANIZATION_COLUMNS);
		for (int i = 0; i < sorted.size(); i++) {
			Organization o = sorted.get(i);
			String id = Long.toString(o.id().value());
			if (i > 0 && sorted.get(i - 1).id().equals(o.id())) {
				throw new IllegalArgumentException(
						Nls.bind(Messages.SeedFiles_DUPLICATE_ID_IN_SNAPSHOT, ORGANIZATIONS_FILE, id));
			}
			appendRow(out, ORGANIZATIONS_FILE, id, ORGANIZATION_COLUMNS, List.of(id, o.code(), o.name(),
					o.type().name(), o.parent().map(p -> Long.toString(p.value())).orElse("")));
		}
		return out.toString();
	}

	private static String peopleText(List<Person> people) {
		List<Person> sorted = people.stream().sorted(Comparator.comparing(Person::id)).toList();
		StringBuilder out = new StringBuilder(100 * (sorted.size() + 1));
		appendRow(out, PEOPLE_FILE, "", PERSON_COLUMNS, PERSON_COLUMNS);
		for (int i = 0; i < sorted.size(); i++) {
			Person p = sorted.get(i);
			String id = Long.toString(p.id().value());
			if (i > 0 && sorted.get(i - 1).id().equals(p.id())) {
				throw new IllegalArgumentException(
						Nls.bind(Messages.SeedFiles_DUPLICATE_ID_IN_SNAPSHOT, PEOPLE_FILE, id));
			}
			for (String category : p.categories()) {
				if (category.isBlank() || category.indexOf(CATEGORY_SEPARATOR) >= 0 || breaksLine(category)) {
					throw new IllegalArgumentException(Nls.bind(Messages.SeedFiles_UNWRITABLE_CATEGORY, PEOPLE_FILE,
							id, visible(category)));
				}
			}
			appendRow(out, PEOPLE_FILE, id, PERSON_COLUMNS,
					List.of(id, p.name(), p.gender().name(), p.ethnicity(), p.citizenId().value(),
							Long.toString(p.organization().value()), p.post(), p.rank().orElse(""),
							String.join(String.valueOf(CATEGORY_SEPARATOR), p.categories())));
		}
		return out.toString();
	}

	private static void appendRow(StringBuilder out, String file, String id, List<String> columns,
			List<String> values) {
		for (int c = 0; c < values.size(); c++) {
			String value = values.get(c);
			if (breaksLine(value)) {
				throw new IllegalArgumentException(
						Nls.bind(Messages.SeedFiles_UNWRITABLE_VALUE, file, id, columns.get(c), visible(value)));
			}
			if (c > 0) {
				out.append('\t');
			}
			out.append(value);
		}
		out.append('\n');
	}

	/** True for characters that would split a cell or a row; '\r' too, as readers drop it before '\n'. */
	private static boolean breaksLine(String value) {
		return value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
	}

	private static String visible(String value) {
		return value.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	/** Writes beside the target and then replaces it, so a crash never leaves half a seed file. */
	private static void writeReplacing(Path file, String text) throws IOException {
		Path temp = file.resolveSibling(file.getFileName() + ".tmp");
		try {
			Files.writeString(temp, text, UTF_8);
			try {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	// --- reading -------------------------------------------------------------------------------

	private static List<Organization> readOrganizations(Path file) throws IOException, SeedFormatException {
		List<Organization> organizations = new ArrayList<>();
		Map<OrgId, Integer> lineById = new HashMap<>();
		Map<String, Integer> lineByCode = new HashMap<>();
		for (Row row : rows(file, ORGANIZATION_COLUMNS)) {
			OrgId id = new OrgId(row.id(0));
			String code = row.required(1);
			String name = row.required(2);
			OrgType type = row.choice(3, OrgType.class, OrgType::label);
			Optional<OrgId> parent = row.optionalId(4).map(OrgId::new);
			Integer earlier = lineById.putIfAbsent(id, row.line());
			if (earlier != null) {
				throw row.error(Nls.bind(Messages.SeedFiles_DUPLICATE_ORGANIZATION_ID, row.cell(0), earlier.toString()));
			}
			earlier = lineByCode.putIfAbsent(code, row.line());
			if (earlier != null) {
				throw row.error(Nls.bind(Messages.SeedFiles_DUPLICATE_CODE, code, earlier.toString()));
			}
			if (parent.equals(Optional.of(id))) {
				throw row.error(Nls.bind(Messages.SeedFiles_OWN_PARENT, name));
			}
			organizations.add(new Organization(id, code, name, type, parent));
		}
		checkTree(file, organizations, lineById);
		return organizations;
	}

	/**
	 * Finds the first line (in file order) that breaks the tree, so the user is pointed at a row;
	 * {@link OrganizationTree#of} stays the final judge of what a valid tree is.
	 */
	private static void checkTree(Path file, List<Organization> organizations, Map<OrgId, Integer> lineById)
			throws SeedFormatException {
		Map<OrgId, Organization> byId = new HashMap<>();
		organizations.forEach(o -> byId.put(o.id(), o));
		Optional<Organization> root = Optional.empty();
		Map<OrgId, List<OrgId>> children = new HashMap<>();
		for (Organization o : organizations) {
			int line = lineById.get(o.id());
			if (o.parent().isPresent()) {
				OrgId parent = o.parent().get();
				if (!byId.containsKey(parent)) {
					throw at(file, line, Nls.bind(Messages.SeedFiles_UNKNOWN_PARENT, o.name(),
							Long.toString(parent.value())));
				}
				children.computeIfAbsent(parent, k -> new ArrayList<>()).add(o.id());
			} else if (root.isPresent()) {
				throw at(file, line, Nls.bind(Messages.SeedFiles_SEVERAL_ROOTS, o.name(),
						lineById.get(root.get().id()).toString(), root.get().name()));
			} else {
				root = Optional.of(o);
			}
		}
		// every parent exists, so whatever the root does not reach lies on or below a cycle
		Set<OrgId> reached = new HashSet<>();
		List<OrgId> todo = new ArrayList<>();
		root.ifPresent(r -> todo.add(r.id()));
		while (!todo.isEmpty()) {
			OrgId id = todo.remove(todo.size() - 1);
			reached.add(id);
			todo.addAll(children.getOrDefault(id, List.of()));
		}
		for (Organization o : organizations) {
			if (!reached.contains(o.id()) && onCycle(o, byId)) {
				throw at(file, lineById.get(o.id()), Nls.bind(Messages.SeedFiles_CYCLE, o.name()));
			}
		}
		try {
			OrganizationTree.of(organizations);
		} catch (TreeInvariantException e) {
			throw new SeedFormatException(Nls.bind(Messages.SeedFiles_IN_FILE, file.toString(), e.getMessage()), file,
					OptionalInt.empty());
		}
	}

	private static boolean onCycle(Organization start, Map<OrgId, Organization> byId) {
		Organization o = start;
		for (int steps = 0; steps < byId.size() && o.parent().isPresent(); steps++) {
			if (o.parent().get().equals(start.id())) {
				return true;
			}
			o = byId.get(o.parent().get());
		}
		return false;
	}

	private static List<Person> readPeople(Path file, List<Organization> organizations, Path organizationsFile)
			throws IOException, SeedFormatException {
		Set<OrgId> orgIds = organizations.stream().map(Organization::id).collect(Collectors.toSet());
		List<Person> people = new ArrayList<>();
		Map<PersonId, Integer> lineById = new HashMap<>();
		Map<CitizenId, Person> byCitizenId = new HashMap<>();
		for (Row row : rows(file, PERSON_COLUMNS)) {
			PersonId id = new PersonId(row.id(0));
			String name = row.required(1);
			Gender gender = row.choice(2, Gender.class, Gender::label);
			String ethnicity = row.cell(3);
			CitizenId citizenId = row.citizenId(4);
			OrgId organization = new OrgId(row.id(5));
			String post = row.cell(6);
			Optional<String> rank = Optional.of(row.cell(7).strip()).filter(r -> !r.isEmpty());
			Set<String> categories = row.categories(8);
			Integer earlier = lineById.putIfAbsent(id, row.line());
			if (earlier != null) {
				throw row.error(Nls.bind(Messages.SeedFiles_DUPLICATE_PERSON_ID, row.cell(0), earlier.toString()));
			}
			if (!orgIds.contains(organization)) {
				throw row.error(Nls.bind(Messages.SeedFiles_UNKNOWN_ORGANIZATION, name, row.cell(5).strip(),
						organizationsFile.getFileName().toString()));
			}
			Person person = new Person(id, name, gender, ethnicity, citizenId, organization, post, rank, categories);
			Person holder = byCitizenId.putIfAbsent(citizenId, person);
			if (holder != null) {
				throw row.error(Nls.bind(Messages.SeedFiles_DUPLICATE_CITIZEN_ID, citizenId.value(),
						lineById.get(holder.id()).toString(), holder.name()));
			}
			people.add(person);
		}
		return people;
	}

	/** The data rows of {@code file} after checking that it exists, is UTF-8 and has the right header. */
	private static List<Row> rows(Path file, List<String> columns) throws IOException, SeedFormatException {
		if (!Files.isRegularFile(file)) {
			throw new SeedFormatException(Nls.bind(Messages.SeedFiles_MISSING_FILE, file.toString()), file,
					OptionalInt.empty());
		}
		List<String> lines = decodeLines(file, Files.readAllBytes(file));
		String header = lines.isEmpty() ? "" : lines.get(0);
		// spreadsheet programs put a byte order mark in front of UTF-8 text
		if (!header.isEmpty() && header.charAt(0) == BYTE_ORDER_MARK) {
			header = header.substring(1);
		}
		String expected = String.join("\t", columns);
		if (!header.equals(expected)) {
			throw at(file, 1, Nls.bind(Messages.SeedFiles_WRONG_HEADER, visible(expected), visible(header)));
		}
		List<Row> rows = new ArrayList<>(lines.size());
		for (int i = 1; i < lines.size(); i++) {
			String[] cells = lines.get(i).split("\t", -1);
			if (cells.length != columns.size()) {
				throw at(file, i + 1, Nls.bind(Messages.SeedFiles_WRONG_COLUMN_COUNT, Integer.toString(columns.size()),
						Integer.toString(cells.length)));
			}
			rows.add(new Row(file, i + 1, columns, cells));
		}
		return rows;
	}

	/** Splits at '\n' (dropping a '\r' before it) and decodes each line strictly, to report the line. */
	private static List<String> decodeLines(Path file, byte[] bytes) throws SeedFormatException {
		CharsetDecoder decoder = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		List<String> lines = new ArrayList<>();
		int start = 0;
		while (start < bytes.length) {
			int end = start;
			while (end < bytes.length && bytes[end] != '\n') {
				end++;
			}
			int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
			try {
				lines.add(decoder.decode(ByteBuffer.wrap(bytes, start, stop - start)).toString());
			} catch (CharacterCodingException e) {
				throw at(file, lines.size() + 1, Messages.SeedFiles_NOT_UTF8);
			}
			start = end + 1;
		}
		return lines;
	}

	private static SeedFormatException at(Path file, int line, String problem) {
		return new SeedFormatException(
				Nls.bind(Messages.SeedFiles_AT_LINE, file.toString(), Integer.toString(line), problem), file,
				OptionalInt.of(line));
	}

	/** One data line, with the checks that turn its cells into values. */
	private record Row(Path file, int line, List<String> columns, String[] cells) {
		String cell(int column) {
			return cells[column];
		}

		SeedFormatException error(String problem) {
			return at(file, line, problem);
		}

		String required(int column) throws SeedFormatException {
			String value = cells[column].strip();
			if (value.isEmpty()) {
				throw error(Nls.bind(Messages.SeedFiles_EMPTY_VALUE, Integer.toString(column + 1), columns.get(column)));
			}
			return value;
		}

		long id(int column) throws SeedFormatException {
			String value = required(column);
			// parseLong alone would take "+7" and "-7"; an id is plain digits
			if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
				try {
					long id = Long.parseLong(value);
					if (id > 0) {
						return id;
					}
				} catch (NumberFormatException e) {
					// too long: reported below like any other bad number
				}
			}
			throw error(Nls.bind(Messages.SeedFiles_BAD_NUMBER, Integer.toString(column + 1), columns.get(column),
					value));
		}

		Optional<Long> optionalId(int column) throws SeedFormatException {
			return cells[column].isBlank() ? Optional.empty() : Optional.of(id(column));
		}

		<E extends Enum<E>> E choice(int column, Class<E> type, Function<E, String> label) throws SeedFormatException {
			String value = required(column);
			E[] constants = type.getEnumConstants();
			for (E e : constants) {
				if (e.name().equals(value)) {
					return e;
				}
			}
			String valid = Arrays.stream(constants)
					.map(e -> Nls.bind(Messages.SeedFiles_ENUM_VALUE, e.name(), label.apply(e)))
					.collect(Collectors.joining(Messages.SeedFiles_LIST_SEPARATOR));
			throw error(Nls.bind(Messages.SeedFiles_UNKNOWN_VALUE, Integer.toString(column + 1), columns.get(column),
					value, valid));
		}

		CitizenId citizenId(int column) throws SeedFormatException {
			String value = cells[column];
			Optional<CitizenId.Problem> problem = CitizenId.check(value);
			if (problem.isPresent()) {
				throw error(Nls.bind(Messages.SeedFiles_INVALID_CITIZEN_ID, value.strip(), problem.get().message()));
			}
			return CitizenId.of(value);
		}

		Set<String> categories(int column) throws SeedFormatException {
			String value = cells[column];
			Set<String> categories = new TreeSet<>();
			if (value.isEmpty()) {
				return categories;
			}
			for (String category : value.split("\\" + CATEGORY_SEPARATOR, -1)) {
				if (category.isBlank()) {
					throw error(Nls.bind(Messages.SeedFiles_EMPTY_CATEGORY, Integer.toString(column + 1),
							columns.get(column)));
				}
				categories.add(category);
			}
			return categories;
		}
	}
}
