package org.dangxiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CitizenIdTest {
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@Test
	void acceptsKnownValidNumbers() {
		CitizenId x = CitizenId.of("11010519491231002X");
		assertEquals(LocalDate.of(1949, 12, 31), x.birthDate());
		assertEquals(Gender.FEMALE, x.gender());
		assertEquals("110105", x.regionCode());
		CitizenId y = CitizenId.of("440524188001010014".replace("1880", "1980").substring(0, 17) + CitizenId.checkCharacter("44052419800101001"));
		assertEquals(Gender.MALE, y.gender());
		assertEquals(Gender.MALE, CitizenId.of("652302198506151235").gender());
		assertEquals(Gender.FEMALE, CitizenId.of("652302198506151243").gender());
	}

	@Test
	void finalXMayBeLowerCaseAndIsNormalized() {
		assertEquals("11010519491231002X", CitizenId.of(" 11010519491231002x ").value());
		assertEquals(CitizenId.of("11010519491231002X"), CitizenId.of("11010519491231002x"));
	}

	@Test
	void wrongCheckDigitIsNamed() {
		var problem = CitizenId.check("110105194912310021", TODAY).orElseThrow();
		CitizenId.BadCheckDigit bad = assertInstanceOf(CitizenId.BadCheckDigit.class, problem);
		assertEquals('X', bad.expected());
		assertEquals('1', bad.actual());
		assertTrue(problem.message().contains("X"), problem.message());
		assertInstanceOf(CitizenId.BadCheckDigit.class, CitizenId.check("652302198506151236", TODAY).orElseThrow());
	}

	@Test
	void impossibleBirthDates() {
		// 30 February, with an otherwise correct check digit
		assertInstanceOf(CitizenId.ImpossibleBirthDate.class, CitizenId.check("110105194902300020", TODAY).orElseThrow());
		// born in the year 3000
		assertInstanceOf(CitizenId.ImpossibleBirthDate.class, CitizenId.check("652302300001010013", TODAY).orElseThrow());
		// 1880 is before anyone alive
		assertInstanceOf(CitizenId.ImpossibleBirthDate.class, CitizenId.check("440524188001010014", TODAY).orElseThrow());
		String tomorrow = "652302" + TODAY.plusDays(1).toString().replace("-", "") + "123";
		assertInstanceOf(CitizenId.ImpossibleBirthDate.class,
				CitizenId.check(tomorrow + CitizenId.checkCharacter(tomorrow), TODAY).orElseThrow());
	}

	@Test
	void wrongLengthAndCharacters() {
		assertEquals(new CitizenId.WrongLength(17), CitizenId.check("11010519491231002", TODAY).orElseThrow());
		assertEquals(new CitizenId.WrongLength(19), CitizenId.check("11010519491231002X1", TODAY).orElseThrow());
		assertEquals(new CitizenId.WrongLength(0), CitizenId.check("", TODAY).orElseThrow());
		assertEquals(new CitizenId.WrongLength(0), CitizenId.check(null, TODAY).orElseThrow());
		// what Excel leaves of a number typed as a number
		assertEquals(new CitizenId.WrongLength(11), CitizenId.check("1.10105E+17", TODAY).orElseThrow());
		assertEquals(new CitizenId.BadCharacter(5, 'X'), CitizenId.check("1101X519491231002X", TODAY).orElseThrow());
		assertEquals(new CitizenId.BadCharacter(18, 'Y'), CitizenId.check("11010519491231002Y", TODAY).orElseThrow());
		assertInstanceOf(CitizenId.BadRegion.class, CitizenId.check("990105194912310021", TODAY).orElseThrow());
	}

	@Test
	void invalidNumbersCannotBeConstructed() {
		var e = assertThrows(CitizenId.InvalidCitizenIdException.class, () -> CitizenId.of("110105194912310021"));
		assertInstanceOf(CitizenId.BadCheckDigit.class, e.problem());
		assertTrue(CitizenId.parse("110105194912310021").isEmpty());
		assertTrue(CitizenId.parse("11010519491231002X").isPresent());
	}

	@Test
	void messagesAreReadable() {
		for (String bad : new String[] { "123", "110105194912310021", "110105194902300020", "1101X519491231002X" }) {
			String m = CitizenId.check(bad, TODAY).orElseThrow().message();
			assertTrue(!m.isBlank() && !m.startsWith("!"), "missing translation: " + m);
		}
	}
}
