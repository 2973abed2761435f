package org.beian.domain.model.reference;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The State Council's yearly notice (国务院办公厅关于2026年部分节假日安排的通知) read into calendar exceptions.
 *
 * <p>The notice has one numbered item per holiday, always in the same form:
 * {@code 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。} — the days off as a range
 * (or one day), how many days that is, and the weekend days worked instead. Each weekday in the range
 * becomes a HOLIDAY row, each day "上班" a WORKDAY row, named after the item; weekend days off are not
 * rows (see {@link CalendarException}). What the notice says is checked against the calendar, so a text
 * pasted for the wrong year or mistyped is refused instead of moving every deadline: the weekdays
 * given in brackets must be the dates' weekdays, the days counted must be the days stated (共3天), a
 * day worked must fall on a weekend, and no day may be named twice.
 *
 * <p>Read leniently: full-width or half-width punctuation (republished copies differ), 周 / 星期 / 週,
 * the whole text on one line, a range ending in another month (5月31日至6月2日) or carrying its years
 * (2022年12月31日至2023年1月2日). Sentences of an item that do not say "上班" are not read, so the
 * notice's encouragements (安排职工在除夕（2月9日）休息) create no rows.
 */
public final class HolidayNotice {

    /** One row the notice yields. */
    public record Day(LocalDate day, CalendarException.Kind kind, String name) {}

    /** Field names of the refusals: the notice's text, or the year it was imported for. */
    public static final String TEXT = "text";
    public static final String YEAR = "year";

    private static final Pattern ITEM = Pattern.compile("(?:^|(?<=[\\s。]))([一二三四五六七八九十]{1,3})、\\s*([\\p{IsHan}、]{2,12})\\s*:");
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:\\s*\\(([^)]*)\\))?");
    private static final Pattern STATED_WEEKDAY = Pattern.compile("周([一二三四五六日天])");
    private static final Pattern STATED_DAYS = Pattern.compile("(?:共|放假)(\\d{1,2})天");
    private static final Pattern TITLE = Pattern.compile("国务院办公厅关于(\\d{4})年部分节假日安排的通知");
    private static final Pattern YEAR_OF_ARRANGEMENTS = Pattern.compile("现将(\\d{4})年");
    private static final Pattern SIGNED = Pattern.compile("国务院办公厅\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final String WEEKDAYS = "一二三四五六日";
    private static final int NAME_LENGTH = 32;

    private final int year;
    private final String source;
    private final List<Day> days;

    private HolidayNotice(int year, String source, List<Day> days) {
        this.year = year;
        this.source = source;
        this.days = List.copyOf(days);
    }

    /**
     * Reads the notice for {@code year}.
     *
     * @throws RefusedInputException on {@link #YEAR} when the notice is another year's, on {@link #TEXT}
     *                               when it cannot be read or contradicts the calendar
     */
    public static HolidayNotice parse(String text, int year) {
        String folded = fold(text);
        requireYear(folded, year);
        List<Day> days = new ArrayList<>();
        Matcher item = ITEM.matcher(folded);
        List<int[]> bounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (item.find()) {
            bounds.add(new int[] {item.start(), item.end()});
            names.add(item.group(2));
        }
        if (bounds.isEmpty()) {
            throw new RefusedInputException(TEXT, "error.holidayNotice.noItems");
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : folded.length();
            String body = folded.substring(bounds.get(i)[1], end);
            int lineEnd = body.indexOf('\n');
            readItem(names.get(i), lineEnd > 0 ? body.substring(0, lineEnd) : body, year, days);
        }
        Set<LocalDate> seen = new HashSet<>();
        for (Day day : days) {
            if (!seen.add(day.day())) {
                throw new RefusedInputException(TEXT, "error.holidayNotice.repeated", day.day().toString());
            }
        }
        days.sort(Comparator.comparing(Day::day));
        return new HolidayNotice(year, source(folded, year), days);
    }

    private static void readItem(String name, String body, int year, List<Day> days) {
        String[] sentences = body.split("。");
        String first = sentences[0];
        int off = first.indexOf("放假");
        List<LocalDate> range = off < 0 ? List.of() : dates(first.substring(0, off), year, null);
        if (range.isEmpty()) {
            throw new RefusedInputException(TEXT, "error.holidayNotice.noDays", name);
        }
        if (range.size() > 2) {
            throw new RefusedInputException(TEXT, "error.holidayNotice.unreadable", name);
        }
        LocalDate from = range.get(0);
        LocalDate to = range.get(range.size() - 1);
        if (to.isBefore(from)) {
            throw new RefusedInputException(TEXT, "error.holidayNotice.unreadable", name);
        }
        int counted = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        Matcher stated = STATED_DAYS.matcher(first);
        if (stated.find() && Integer.parseInt(stated.group(1)) != counted) {
            throw new RefusedInputException(TEXT, "error.holidayNotice.dayCount", name, stated.group(1), counted);
        }
        String rowName = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!isWeekend(day)) {
                days.add(new Day(day, CalendarException.Kind.HOLIDAY, rowName));
            }
        }
        for (int s = 1; s < sentences.length; s++) {
            if (!sentences[s].contains("上班")) {
                continue;
            }
            for (LocalDate worked : dates(sentences[s], year, from)) {
                if (!isWeekend(worked)) {
                    throw new RefusedInputException(TEXT, "error.holidayNotice.workdayNotWeekend", worked.toString());
                }
                days.add(new Day(worked, CalendarException.Kind.WORKDAY, rowName));
            }
        }
    }

    /**
     * The dates in a piece of text; a date without a month takes the month of the date before it (the
     * end of 1月1日至3日), without a year the notice's year, unless the date before it carried one (a
     * range across the new year names both years: 2022年12月31日至2023年1月2日). {@code context} is the
     * date before the text, if any.
     */
    private static List<LocalDate> dates(String text, int year, LocalDate context) {
        List<LocalDate> found = new ArrayList<>();
        Matcher date = DATE.matcher(text);
        Integer lastYear = null;
        Integer lastMonth = context == null ? null : context.getMonthValue();
        while (date.find()) {
            Integer y = date.group(1) != null ? Integer.valueOf(date.group(1)) : lastYear;
            Integer m = date.group(2) != null ? Integer.valueOf(date.group(2)) : lastMonth;
            if (m == null) {
                continue; // "11月4日电" is a dateline, but a bare "4日" with no month before it says nothing
            }
            LocalDate day;
            try {
                day = LocalDate.of(y != null ? y : year, m, Integer.parseInt(date.group(3)));
            } catch (DateTimeException e) {
                throw new RefusedInputException(TEXT, "error.holidayNotice.noSuchDay", date.group());
            }
            requireStatedWeekday(day, date.group(4));
            found.add(day);
            lastYear = y;
            lastMonth = m;
        }
        return found;
    }

    private static void requireStatedWeekday(LocalDate day, String bracket) {
        if (bracket == null) {
            return;
        }
        Matcher weekday = STATED_WEEKDAY.matcher(bracket);
        if (!weekday.find()) {
            return;
        }
        String said = weekday.group(1).equals("天") ? "日" : weekday.group(1);
        DayOfWeek stated = DayOfWeek.of(WEEKDAYS.indexOf(said) + 1);
        if (stated != day.getDayOfWeek()) {
            throw new RefusedInputException(TEXT, "error.holidayNotice.weekday", day.toString(), "周" + said);
        }
    }

    /** A notice that names its year must name the year it is imported for. */
    private static void requireYear(String text, int year) {
        Matcher title = TITLE.matcher(text);
        Matcher arrangements = YEAR_OF_ARRANGEMENTS.matcher(text);
        String named = title.find() ? title.group(1) : arrangements.find() ? arrangements.group(1) : null;
        if (named != null && Integer.parseInt(named) != year) {
            throw new RefusedInputException(YEAR, "error.holidayNotice.otherYear", named, Integer.toString(year));
        }
    }

    /** Where the rows come from, as holidays.csv writes it: the title and the day the notice was signed. */
    private static String source(String text, int year) {
        String title = "国务院办公厅关于" + year + "年部分节假日安排的通知";
        Matcher signed = SIGNED.matcher(text);
        if (!signed.find()) {
            return title;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(signed.group(1)), Integer.parseInt(signed.group(2)),
                    Integer.parseInt(signed.group(3)));
            return title + "（" + day.format(DateTimeFormatter.ISO_LOCAL_DATE) + "）";
        } catch (DateTimeException e) {
            return title;
        }
    }

    /**
     * NFKC folds the full-width colon, brackets, comma and digits to ASCII; 星期 and 週 become 周. Line
     * breaks are kept (an item ends with its line), other whitespace runs become one space.
     */
    private static String fold(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replace("\r\n", "\n").replace('\r', '\n').replace("星期", "周").replace('週', '周');
        return folded.replaceAll("[\\t\\x0B\\f \\u00A0\\u3000]+", " ");
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public int year() { return year; }

    /** The notice's title and signing day, e.g. 国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）. */
    public String source() { return source; }

    /** The rows, by day. */
    public List<Day> days() { return days; }

    /** The rows as calendar exceptions, each with the notice as its source. */
    public List<CalendarException> toCalendarExceptions() {
        return days.stream().map(d -> new CalendarException(d.day(), d.kind(), d.name(), source)).toList();
    }
}
