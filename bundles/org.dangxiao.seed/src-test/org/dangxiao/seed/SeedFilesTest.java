package org.dangxiao.seed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Gender;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceSnapshot;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class SeedFilesTest {
	private static final String ORGS = SeedFiles.ORGANIZATIONS_FILE;
	private static final String PEOPLE = SeedFiles.PEOPLE_FILE;

	@TempDir
	Path dir;

	/** Lines 2–4 of organizations.tsv are orgs 1–3; lines 2–4 of people.tsv are people 1–3. */
	private static WorkspaceSnapshot small() {
		List<Organization> orgs = List.of(
				new Organization(new OrgId(1), "6523", "中共昌吉回族自治州委员会", OrgType.PARTY_COMMITTEE, Optional.empty()),
				new Organization(new OrgId(2), "6523-01", "迎宾路社区党委", OrgType.PARTY_COMMITTEE,
						Optional.of(new OrgId(1))),
				new Organization(new OrgId(3), "6523-01-01", "阜兴花苑46号楼党小组", OrgType.GROUP,
						Optional.of(new OrgId(2))));
		List<Person> people = List.of(
				person(1, "张三", Gender.MALE, "652302198001010011", 2, "党支部书记", Optional.of("乡科级"),
						Set.of("驻村干部", "第一书记")),
				person(2, "艾力·买买提", Gender.MALE, "652302199002020031", 3, "党员", Optional.empty(), Set.of()),
				person(3, "马丽", Gender.FEMALE, "652302198503030042", 3, "", Optional.empty(), Set.of("流动党员")));
		return new WorkspaceSnapshot(orgs, people);
	}

	private static Person person(long id, String name, Gender gender, String first17Plus, long org, String post,
			Optional<String> rank, Set<String> categories) {
		String first17 = first17Plus.substring(0, 17);
		CitizenId citizenId = CitizenId.of(first17 + CitizenId.checkCharacter(first17));
		return new Person(new PersonId(id), name, gender, "汉族", citizenId, new OrgId(org), post, rank, categories);
	}

	@Test
	void readGivesBackWhatWasWritten() throws Exception {
		WorkspaceSnapshot small = small();
		SeedFiles.write(small, dir);
		assertEquals(small, SeedFiles.read(dir));
		WorkspaceSnapshot demo = DemoWorkspace.generate();
		SeedFiles.write(demo, dir.resolve("demo"));
		assertEquals(demo, SeedFiles.read(dir.resolve("demo")));
	}

	@Test
	void writeSortsByIdAndUsesUnixLineEnds() throws Exception {
		WorkspaceSnapshot small = small();
		List<Person> reversed = new ArrayList<>(small.people());
		java.util.Collections.reverse(reversed);
		SeedFiles.write(new WorkspaceSnapshot(small.organizations(), reversed), dir);
		String text = Files.readString(dir.resolve(PEOPLE), UTF_8);
		assertFalse(text.contains("\r"));
		assertTrue(text.endsWith("\n"));
		List<String> lines = text.lines().toList();
		assertEquals(String.join("\t", SeedFiles.PERSON_COLUMNS), lines.get(0));
		assertTrue(lines.get(1).startsWith("1\t张三\tMALE\t"));
		assertTrue(lines.get(1).endsWith("\t乡科级\t第一书记|驻村干部"));
		assertTrue(lines.get(3).startsWith("3\t"));
		assertEquals("1\t6523\t中共昌吉回族自治州委员会\tPARTY_COMMITTEE\t", Files.readString(dir.resolve(ORGS)).lines()
				.toList().get(1));
	}

	@Test
	void readAcceptsWindowsLineEndsAndByteOrderMark() throws Exception {
		SeedFiles.write(small(), dir);
		for (String file : List.of(ORGS, PEOPLE)) {
			String text = Files.readString(dir.resolve(file), UTF_8);
			Files.writeString(dir.resolve(file), "\uFEFF" + text.replace("\n", "\r\n"), UTF_8);
		}
		assertEquals(small(), SeedFiles.read(dir));
	}

	@TestFactory
	Stream<DynamicTest> writeRefusesValuesThatWouldBreakTheFormat() {
		WorkspaceSnapshot small = small();
		Organization root = small.organizations().get(0);
		Person first = small.people().get(0);
		return Stream.of(
				refused("tab in an organization name",
						replaceOrg(small, new Organization(root.id(), root.code(), "中共\t昌吉", root.type(), root.parent()))),
				refused("line break in a code",
						replaceOrg(small, new Organization(root.id(), "65\n23", root.name(), root.type(), root.parent()))),
				refused("line break in a post", replacePerson(small, first.withPost("党支部\n书记"))),
				refused("carriage return in a name", replacePerson(small, first.withName("张\r三"))),
				refused("| in a category", replacePerson(small, first.withCategories(Set.of("驻村干部|第一书记")))),
				refused("empty category", replacePerson(small, first.withCategories(Set.of("")))),
				refused("tab in a rank", replacePerson(small, first.withRank(Optional.of("乡\t科级")))),
				refused("duplicate person id", new WorkspaceSnapshot(small.organizations(),
						List.of(first, small.people().get(1).withName("重复").withPost("党员"), first))));
	}

	private DynamicTest refused(String what, WorkspaceSnapshot snapshot) {
		return DynamicTest.dynamicTest(what, () -> {
			Path target = dir.resolve(what.replace(' ', '_').replace('|', '_'));
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> SeedFiles.write(snapshot, target));
			assertTrue(e.getMessage().contains(".tsv"), e.getMessage());
			// nothing is written, so an old seed is never half replaced
			assertFalse(Files.exists(target.resolve(ORGS)));
			assertFalse(Files.exists(target.resolve(PEOPLE)));
		});
	}

	private static WorkspaceSnapshot replaceOrg(WorkspaceSnapshot s, Organization o) {
		List<Organization> orgs = new ArrayList<>(s.organizations());
		orgs.replaceAll(x -> x.id().equals(o.id()) ? o : x);
		return new WorkspaceSnapshot(orgs, s.people());
	}

	private static WorkspaceSnapshot replacePerson(WorkspaceSnapshot s, Person p) {
		List<Person> people = new ArrayList<>(s.people());
		people.replaceAll(x -> x.id().equals(p.id()) ? p : x);
		return new WorkspaceSnapshot(s.organizations(), people);
	}

	/** A broken seed: {@code file}'s line {@code line} replaced by {@code text}; the error must point there. */
	private record Broken(String what, String file, int line, String text) {
	}

	@TestFactory
	Stream<DynamicTest> brokenFilesAreReportedWithFileAndLine() {
		String id1 = line(PEOPLE, 2).split("\t")[4];
		String badCheck = id1.substring(0, 17) + (id1.charAt(17) == '0' ? '1' : '0');
		return Stream.of(
				new Broken("wrong header", ORGS, 1, "id\tcode\tname\ttype"),
				new Broken("wrong people header", PEOPLE, 1, "编号\t姓名"),
				new Broken("too few columns", ORGS, 3, "2\t6523-01\t迎宾路社区党委\tPARTY_COMMITTEE"),
				new Broken("too many columns", PEOPLE, 4, line(PEOPLE, 4) + "\textra"),
				new Broken("empty line", ORGS, 3, ""),
				new Broken("id not a number", ORGS, 2, "1a\t6523\t中共昌吉回族自治州委员会\tPARTY_COMMITTEE\t"),
				new Broken("negative parent", ORGS, 3, "2\t6523-01\t迎宾路社区党委\tPARTY_COMMITTEE\t-1"),
				new Broken("person id too big", PEOPLE, 3, line(PEOPLE, 3).replaceFirst("^2\t", "99999999999999999999\t")),
				new Broken("organization not a number", PEOPLE, 3, withCell(line(PEOPLE, 3), 5, "三")),
				new Broken("empty name", ORGS, 4, "3\t6523-01-01\t \tGROUP\t2"),
				new Broken("unknown organization type", ORGS, 3, "2\t6523-01\t迎宾路社区党委\tCLUB\t1"),
				new Broken("unknown gender", PEOPLE, 2, withCell(line(PEOPLE, 2), 2, "男")),
				new Broken("citizen id with wrong check digit", PEOPLE, 2, withCell(line(PEOPLE, 2), 4, badCheck)),
				new Broken("citizen id too short", PEOPLE, 3, withCell(line(PEOPLE, 3), 4, "65230219900202")),
				new Broken("empty category", PEOPLE, 2, withCell(line(PEOPLE, 2), 8, "驻村干部||第一书记")),
				new Broken("duplicate organization id", ORGS, 4, "2\t6523-01-01\t阜兴花苑46号楼党小组\tGROUP\t2"),
				new Broken("duplicate code", ORGS, 4, "3\t6523-01\t阜兴花苑46号楼党小组\tGROUP\t2"),
				new Broken("own parent", ORGS, 3, "2\t6523-01\t迎宾路社区党委\tPARTY_COMMITTEE\t2"),
				new Broken("unknown parent", ORGS, 4, "3\t6523-01-01\t阜兴花苑46号楼党小组\tGROUP\t99"),
				new Broken("second root", ORGS, 4, "3\t6523-01-01\t阜兴花苑46号楼党小组\tGROUP\t"),
				new Broken("cycle", ORGS, 3, "2\t6523-01\t迎宾路社区党委\tPARTY_COMMITTEE\t3"),
				new Broken("duplicate person id", PEOPLE, 4, line(PEOPLE, 4).replaceFirst("^3\t", "1\t")),
				new Broken("person in a missing organization", PEOPLE, 3, withCell(line(PEOPLE, 3), 5, "42")),
				new Broken("duplicate citizen id", PEOPLE, 4, withCell(line(PEOPLE, 4), 4, id1)))
				.map(b -> DynamicTest.dynamicTest(b.what(), () -> {
					Path seed = dir.resolve(b.what().replace(' ', '_'));
					SeedFiles.write(small(), seed);
					replaceLine(seed.resolve(b.file()), b.line(), b.text().getBytes(UTF_8));
					SeedFormatException e = assertThrows(SeedFormatException.class, () -> SeedFiles.read(seed));
					assertPointsAt(e, seed.resolve(b.file()), b.line());
					if (b.what().equals("citizen id with wrong check digit")) {
						assertTrue(e.getMessage().contains(CitizenId.check(badCheck).orElseThrow().message()),
								e.getMessage());
					}
				}));
	}

	@Test
	void textThatIsNotUtf8IsReportedWithItsLine() throws Exception {
		SeedFiles.write(small(), dir);
		// older Excel saves Chinese text as GB18030
		replaceLine(dir.resolve(PEOPLE), 3, line(PEOPLE, 3).getBytes(Charset.forName("GB18030")));
		SeedFormatException e = assertThrows(SeedFormatException.class, () -> SeedFiles.read(dir));
		assertPointsAt(e, dir.resolve(PEOPLE), 3);
	}

	@Test
	void missingFilesAreNamed() throws Exception {
		SeedFormatException e = assertThrows(SeedFormatException.class, () -> SeedFiles.read(dir.resolve("nowhere")));
		assertTrue(e.getMessage().contains(ORGS), e.getMessage());
		assertEquals(OptionalInt.empty(), e.line());
		SeedFiles.write(small(), dir);
		Files.delete(dir.resolve(PEOPLE));
		e = assertThrows(SeedFormatException.class, () -> SeedFiles.read(dir));
		assertTrue(e.getMessage().contains(PEOPLE), e.getMessage());
		assertEquals(dir.resolve(PEOPLE), e.file());
	}

	@Test
	void emptyOrganizationFileIsAWrongHeader() throws Exception {
		SeedFiles.write(small(), dir);
		Files.write(dir.resolve(ORGS), new byte[0]);
		SeedFormatException e = assertThrows(SeedFormatException.class, () -> SeedFiles.read(dir));
		assertPointsAt(e, dir.resolve(ORGS), 1);
	}

	@Test
	void everyMessageIsTranslatedInBothLanguages() throws Exception {
		Properties zh = properties("messages.properties");
		Properties en = properties("messages_en.properties");
		assertEquals(zh.keySet(), en.keySet());
		for (Field f : Messages.class.getDeclaredFields()) {
			if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
				assertTrue(zh.containsKey(f.getName()), f.getName());
				String value = (String) f.get(null);
				assertFalse(value.startsWith("!"), f.getName());
			}
		}
		assertEquals(zh.size(), Stream.of(Messages.class.getDeclaredFields())
				.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).count());
	}

	private static Properties properties(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			p.load(new java.io.InputStreamReader(in, UTF_8));
		}
		return p;
	}

	private static void assertPointsAt(SeedFormatException e, Path file, int line) {
		String message = e.getMessage();
		assertTrue(message.contains(file.getFileName().toString()), message);
		assertTrue(message.contains(Integer.toString(line)), message);
		assertEquals(OptionalInt.of(line), e.line(), message);
		assertEquals(file, e.file(), message);
	}

	/** Line {@code number} (1-based) of {@code file} as the small snapshot writes it. */
	private static String line(String file, int number) {
		try {
			Path temp = Files.createTempDirectory("seed");
			try {
				SeedFiles.write(small(), temp);
				return Files.readAllLines(temp.resolve(file), UTF_8).get(number - 1);
			} finally {
				for (String f : List.of(ORGS, PEOPLE)) {
					Files.deleteIfExists(temp.resolve(f));
				}
				Files.delete(temp);
			}
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String withCell(String line, int column, String value) {
		String[] cells = line.split("\t", -1);
		cells[column] = value;
		return String.join("\t", cells);
	}

	/** Replaces one line at the byte level, so tests can put non-UTF-8 bytes in. */
	private static void replaceLine(Path file, int number, byte[] replacement) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int line = 1;
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				if (i == bytes.length && start == i) {
					break;
				}
				if (line == number) {
					out.write(replacement);
				} else {
					out.write(bytes, start, i - start);
				}
				if (i < bytes.length) {
					out.write('\n');
				}
				line++;
				start = i + 1;
			}
		}
		Files.write(file, out.toByteArray());
	}
}
