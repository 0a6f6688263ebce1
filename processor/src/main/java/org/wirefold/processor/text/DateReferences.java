package org.wirefold.processor.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calendar dates an article names ("on April 28", "Oct. 12, 2014", "in October of 2014"), as time ranges resolved
 * against its publication time. A follow-up months later (the arrest, the plea, the sentencing) usually names the day
 * or the month of the event it follows up, which its publication time does not tell.
 *
 * <p>A month name (capitalised; AP abbreviations such as "Oct." and "Sept." too) followed by a day and an optional
 * year gives that day; followed by a year ("October 2014", "October of 2014") it gives the month. A date without a
 * year is the latest such date not after publication, except that one up to 60 days ahead is read as an announcement
 * ("the trial is set for March 3") and dropped; dates after publication are dropped. A day is widened by one day
 * before and two after (reports come out the day after the event). One pass over the first {@code maxChars}
 * characters, no backtracking.
 */
public final class DateReferences {
    private static final long DAY = 86_400_000L;
    private static final int ANNOUNCEMENT_DAYS = 60;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("January", 1), Map.entry("Jan", 1), Map.entry("February", 2), Map.entry("Feb", 2),
            Map.entry("March", 3), Map.entry("April", 4), Map.entry("May", 5), Map.entry("June", 6),
            Map.entry("July", 7), Map.entry("August", 8), Map.entry("Aug", 8), Map.entry("September", 9),
            Map.entry("Sept", 9), Map.entry("Sep", 9), Map.entry("October", 10), Map.entry("Oct", 10),
            Map.entry("November", 11), Map.entry("Nov", 11), Map.entry("December", 12), Map.entry("Dec", 12));


    private DateReferences() {
    }

    /** A time range in epoch milliseconds, {@code [start, end)}. */
    public record Range(long start, long end) {
        /** Whether this range holds the instant {@code time} (epoch milliseconds). */
        public boolean covers(long time) {
            return start <= time && time < end;
        }
    }

    /** The dates named in {@code text} up to {@code maxChars}, resolved against {@code published}. */
    public static List<Range> find(String text, Instant published, int maxChars) {
        List<Range> out = new ArrayList<>();
        if (text == null || published == null) {
            return out;
        }
        LocalDate today = published.atZone(ZoneOffset.UTC).toLocalDate();
        int end = Math.min(text.length(), maxChars);
        for (int i = 0; i < end; i++) {
            // only a month's name opens a date: a word that starts with the first two letters of one
            if (i + 1 >= end || !monthOpening(text.charAt(i), text.charAt(i + 1))
                    || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int stop = i + 1;
            while (stop < end && stop - i <= 9 && Character.isLetter(text.charAt(stop))) {
                stop++;
            }
            int month = month(text, i, stop);
            if (month > 0) {
                List<String> after = wordsAfter(text, stop, end, 3);
                Range r = after.isEmpty() ? null : range(today, month, after);
                if (r != null) {
                    out.add(r);
                }
            }
            i = stop - 1;
        }
        return out;
    }

    /** Whether two letters open a month's name: Ja Ju Fe Ma Ap Au Se Oc No De. */
    private static boolean monthOpening(char first, char second) {
        return switch (first) {
            case 'J' -> second == 'a' || second == 'u';
            case 'F', 'S', 'D' -> second == 'e';
            case 'M' -> second == 'a';
            case 'A' -> second == 'p' || second == 'u';
            case 'O' -> second == 'c';
            case 'N' -> second == 'o';
            default -> false;
        };
    }

    /** The month named by {@code text[from, to)} ("October", "Oct"), or 0. */
    private static int month(String text, int from, int to) {
        int length = to - from;
        if (length < 3) {
            return 0;
        }
        Integer month = length > 9 ? null : MONTHS.get(text.substring(from, to));
        return month == null ? 0 : month;
    }

    /** "28", "28, 2014": that day; "2014", "of 2014": that month. */
    private static Range range(LocalDate today, int month, List<String> after) {
        int day = day(after.get(0));
        if (day > 0) {
            LocalDate date = resolve(today, month, day, after.size() > 1 ? year(after.get(1)) : -1);
            return date == null ? null : new Range(millis(date) - DAY, millis(date) + 3 * DAY);
        }
        int year = year(after.get(0).equals("of") && after.size() > 1 ? after.get(1) : after.get(0));
        if (year < 0 || LocalDate.of(year, month, 1).isAfter(today)) {
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return new Range(millis(first) - DAY, millis(first.plusMonths(1)) + 2 * DAY);
    }

    private static LocalDate resolve(LocalDate today, int month, int day, int year) {
        if (day > LocalDate.of(year > 0 ? year : 2000, month, 1).lengthOfMonth()) {
            return null;
        }
        if (year > 0) {
            LocalDate d = LocalDate.of(year, month, day);
            return d.isAfter(today) ? null : d;
        }
        LocalDate d = LocalDate.of(today.getYear(), month, day);
        if (!d.isAfter(today)) {
            return d;
        }
        return d.isAfter(today.plusDays(ANNOUNCEMENT_DAYS)) ? d.minusYears(1) : null;
    }

    /** Day of month from "28", "28th", "1st"; else -1. */
    private static int day(String w) {
        int n = 0;
        int k = 0;
        while (k < w.length() && k < 2 && Character.isDigit(w.charAt(k))) {
            n = n * 10 + (w.charAt(k++) - '0');
        }
        String rest = w.substring(k).toLowerCase(Locale.ROOT);
        boolean suffix = rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd")
                || rest.equals("th");
        return k > 0 && suffix && n >= 1 && n <= 31 ? n : -1;
    }

    /** A four-digit year 1900–2099; else -1. */
    private static int year(String w) {
        if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int y = Integer.parseInt(w);
        return y >= 1900 && y <= 2099 ? y : -1;
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /**
     * Finds the next run of letters or digits at or after {@code from} (a period or comma ends a word: "Oct." is
     * "Oct"), stores its bounds in {@code span} and returns its start, or -1.
     */
    private static int next(String text, int from, int end, int[] span) {
        int i = from;
        while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i == start) {
            return -1;
        }
        span[0] = start;
        span[1] = i;
        return start;
    }

    private static List<String> wordsAfter(String text, int from, int end, int max) {
        List<String> out = new ArrayList<>(max);
        int[] span = new int[2];
        for (int i = next(text, from, end, span); i >= 0 && out.size() < max; i = next(text, span[1], end, span)) {
            out.add(text.substring(span[0], span[1]));
        }
        return out;
    }
}
