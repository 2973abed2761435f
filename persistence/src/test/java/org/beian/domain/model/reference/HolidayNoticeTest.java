package org.beian.domain.model.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The State Council's notices as published (test resources holiday-notices/, see its README) read into
 * exactly the rows holidays.csv has for their year, and a notice that contradicts the calendar refused.
 */
class HolidayNoticeTest {

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void aPublishedNoticeYieldsTheRowsOfHolidaysCsvForItsYear(int year) {
        HolidayNotice notice = HolidayNotice.parse(notice(year), year);
        List<String> expected = csvRows(year);
        List<String> parsed = notice.toCalendarExceptions().stream()
                .map(c -> c.getDay() + "," + c.getKind() + "," + c.getName() + "," + c.getSource()).toList();
        assertEquals(expected, parsed);
    }

    @Test
    void the2026NoticeGivesNineteenWeekdaysOffAndSixWorkedWeekendDays() {
        HolidayNotice notice = HolidayNotice.parse(notice(2026), 2026);
        assertEquals("国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）", notice.source());
        assertEquals(19, notice.days().stream().filter(d -> d.kind() == CalendarException.Kind.HOLIDAY).count());
        assertEquals(List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
                notice.days().stream().filter(d -> d.kind() == CalendarException.Kind.WORKDAY).map(d -> d.day().toString()).toList());
        // 4 and 5 April are a weekend: only the Monday is a row.
        assertEquals(List.of(LocalDate.of(2026, 4, 6)),
                notice.days().stream().filter(d -> d.name().equals("清明节")).map(HolidayNotice.Day::day).toList());
    }

    @Test
    void anEncouragementToRestOnNewYearsEveIsNotADayOff() {
        HolidayNotice notice = HolidayNotice.parse(notice(2024), 2024);
        assertEquals(false, notice.days().stream().anyMatch(d -> d.day().equals(LocalDate.of(2024, 2, 9))),
                "除夕（2月9日）is only encouraged, not declared");
    }

    @Test
    void theNoticeIsReadFromAHalfWidthOneLineCopyWithoutTitle() {
        String copy = "一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。 "
                + "二、春节:2月15日(农历腊月二十八、周日)至23日(农历正月初七、周一)放假调休,共9天。2月14日(周六)、2月28日(周六)上班。";
        HolidayNotice notice = HolidayNotice.parse(copy, 2026);
        assertEquals("国务院办公厅关于2026年部分节假日安排的通知", notice.source(), "without the signing day, the title alone");
        assertEquals(List.of("2026-01-01", "2026-01-02", "2026-01-04", "2026-02-14", "2026-02-16", "2026-02-17", "2026-02-18",
                "2026-02-19", "2026-02-20", "2026-02-23", "2026-02-28"), notice.days().stream().map(d -> d.day().toString()).toList());
    }

    @Test
    void aRangeAcrossTheNewYearKeepsTheYearsItNames() {
        HolidayNotice notice = HolidayNotice.parse("一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。", 2023);
        assertEquals(List.of(new HolidayNotice.Day(LocalDate.of(2023, 1, 2), CalendarException.Kind.HOLIDAY, "元旦")), notice.days());
    }

    @Test
    void traditionalWeekdaysAreRead() {
        HolidayNotice notice = HolidayNotice.parse("三、清明节：4月4日（週六）至6日（週一）放假，共3天。", 2026);
        assertEquals(List.of(LocalDate.of(2026, 4, 6)), notice.days().stream().map(HolidayNotice.Day::day).toList());
    }

    @Test
    void aNoticeOfAnotherYearIsRefusedOnTheYear() {
        RefusedInputException refused = assertThrows(RefusedInputException.class, () -> HolidayNotice.parse(notice(2026), 2027));
        assertEquals(HolidayNotice.YEAR, refused.getField());
        assertEquals("error.holidayNotice.otherYear", refused.getMessageKey());
        assertArrayEquals(new Object[] {"2026", "2027"}, refused.getArguments());
    }

    @Test
    void aWeekdayThatIsNotTheDatesIsRefused() {
        // Pasted without the title for the wrong year: the weekdays in brackets give it away.
        RefusedInputException refused = assertThrows(RefusedInputException.class,
                () -> HolidayNotice.parse("一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。", 2027));
        assertEquals(HolidayNotice.TEXT, refused.getField());
        assertEquals("error.holidayNotice.weekday", refused.getMessageKey());
        assertArrayEquals(new Object[] {"2027-01-01", "周四"}, refused.getArguments());
    }

    @Test
    void aRangeThatIsNotTheStatedNumberOfDaysIsRefused() {
        RefusedInputException refused = assertThrows(RefusedInputException.class,
                () -> HolidayNotice.parse("七、国庆节：10月1日（周四）至8日（周四）放假调休，共7天。", 2026));
        assertEquals("error.holidayNotice.dayCount", refused.getMessageKey());
        assertArrayEquals(new Object[] {"国庆节", "7", 8}, refused.getArguments());
    }

    @Test
    void aWorkingDayThatIsNotAWeekendDayIsRefused() {
        RefusedInputException refused = assertThrows(RefusedInputException.class,
                () -> HolidayNotice.parse("四、劳动节：5月1日至5日放假调休，共5天。5月8日上班。", 2026));
        assertEquals("error.holidayNotice.workdayNotWeekend", refused.getMessageKey());
        assertArrayEquals(new Object[] {"2026-05-08"}, refused.getArguments());
    }

    @Test
    void aDayNamedTwiceIsRefused() {
        RefusedInputException refused = assertThrows(RefusedInputException.class,
                () -> HolidayNotice.parse("一、元旦：1月1日放假。\n二、春节：1月1日至2日放假。", 2026));
        assertEquals("error.holidayNotice.repeated", refused.getMessageKey());
    }

    @Test
    void textWithoutNumberedItemsOrWithoutDaysIsRefused() {
        assertEquals("error.holidayNotice.noItems", assertThrows(RefusedInputException.class,
                () -> HolidayNotice.parse("元旦放假三天", 2026)).getMessageKey());
        RefusedInputException noDays = assertThrows(RefusedInputException.class,
                () -> HolidayNotice.parse("一、元旦：另行通知。", 2026));
        assertEquals("error.holidayNotice.noDays", noDays.getMessageKey());
        assertArrayEquals(new Object[] {"元旦"}, noDays.getArguments());
        assertEquals("error.holidayNotice.noSuchDay", assertThrows(RefusedInputException.class,
                () -> HolidayNotice.parse("二、春节：2月30日放假。", 2026)).getMessageKey());
    }

    private static String notice(int year) {
        return resource("/holiday-notices/" + year + ".txt");
    }

    /** holidays.csv's rows of the year, as date,kind,name,source. */
    private static List<String> csvRows(int year) {
        return resource("/db/reference/holidays.csv").lines().skip(1).filter(line -> line.startsWith(year + "-")).toList();
    }

    private static String resource(String path) {
        try (InputStream in = HolidayNoticeTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
