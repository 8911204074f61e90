package org.quiver.temporal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiver.api.CypherDuration;

/** Temporal values from the ISO 8601 texts Cypher accepts (extended and basic forms, week and ordinal dates). */
final class TemporalStrings {
    private static final String DATE = "(?<year>\\d{4}|[+-]\\d{4,9})(?:-?(?:(?<month>\\d{2})(?:-?(?<day>\\d{2}))?"
            + "|W(?<week>\\d{2})(?:-?(?<dow>\\d))?|(?<ordinal>\\d{3})))?";
    private static final String TIME = "(?<hour>\\d{2})(?::?(?<minute>\\d{2})(?::?(?<second>\\d{2})"
            + "(?:[.,](?<fraction>\\d{1,9}))?)?)?";
    private static final String ZONE = "(?<offset>Z|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2})?)?)?(?:\\[(?<zone>[^\\]]+)])?";

    private static final Pattern DATE_ONLY = Pattern.compile(DATE);
    private static final Pattern TIME_ONLY = Pattern.compile(TIME + ZONE);
    private static final Pattern DATE_TIME = Pattern.compile(DATE + "(?:T" + TIME + ")?" + ZONE);
    private static final String NUMBER = "([+-]?\\d+(?:[.,]\\d+)?)";
    private static final Pattern DURATION = Pattern.compile("(?<sign>[+-])?P(?:" + NUMBER + "Y)?(?:" + NUMBER + "M)?(?:"
            + NUMBER + "W)?(?:" + NUMBER + "D)?(?:T(?:" + NUMBER + "H)?(?:" + NUMBER + "M)?(?:" + NUMBER + "S)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_AS_DATE = Pattern.compile(
            "(?<sign>[+-])?P(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}(?:[.,]\\d+)?)");

    private TemporalStrings() {
    }

    static LocalDate date(String text) {
        Matcher m = match(DATE_ONLY, text, "date");
        return date(m);
    }

    static LocalTime localTime(String text) {
        return time(match(TIME_ONLY, text, "local time"));
    }

    static OffsetTime time(String text) {
        Matcher m = match(TIME_ONLY, text, "time");
        LocalTime local = time(m);
        ZoneId zone = zone(m);
        ZoneOffset offset = zone == null ? ZoneOffset.UTC
                : zone.getRules().getOffset(java.time.Instant.now());
        return OffsetTime.of(local, offset);
    }

    static LocalDateTime localDateTime(String text) {
        Matcher m = match(DATE_TIME, text, "local date time");
        return LocalDateTime.of(date(m), m.group("hour") == null ? LocalTime.MIDNIGHT : time(m));
    }

    static ZonedDateTime dateTime(String text) {
        Matcher m = match(DATE_TIME, text, "date time");
        LocalDateTime local = LocalDateTime.of(date(m), m.group("hour") == null ? LocalTime.MIDNIGHT : time(m));
        ZoneOffset offset = m.group("offset") == null ? null : offset(m.group("offset"));
        if (m.group("zone") != null) {
            return ZonedDateTime.ofLocal(local, TemporalValues.zone(m.group("zone")), offset);
        }
        return ZonedDateTime.of(local, offset == null ? ZoneOffset.UTC : offset);
    }

    static CypherDuration duration(String text) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        Matcher m = DURATION_AS_DATE.matcher(text);
        String[] units;
        if (m.matches()) {
            units = new String[] {"years", "months", "days", "hours", "minutes", "seconds"};
        } else {
            m = match(DURATION, text, "duration");
            units = new String[] {"years", "months", "weeks", "days", "hours", "minutes", "seconds"};
            if (text.equalsIgnoreCase("P") || text.toUpperCase(java.util.Locale.ROOT).endsWith("T")) {
                throw TemporalValues.invalid("Text cannot be parsed to a duration: " + text);
            }
        }
        for (int i = 0; i < units.length; i++) {
            String value = m.group(i + 2);
            if (value != null) {
                parts.put(units[i], new BigDecimal(value.replace(',', '.')));
            }
        }
        CypherDuration d = DurationBuilder.of(parts);
        return "-".equals(m.group("sign")) ? DurationArithmetic.negate(d) : d;
    }

    private static Matcher match(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text.strip());
        if (!m.matches()) {
            throw TemporalValues.invalid("Text cannot be parsed to a " + what + ": " + text);
        }
        return m;
    }

    private static LocalDate date(Matcher m) {
        int year = Integer.parseInt(m.group("year"));
        if (m.group("week") != null) {
            int dow = m.group("dow") == null ? 1 : Integer.parseInt(m.group("dow"));
            return TemporalValues.weekDate(year, Integer.parseInt(m.group("week")), dow);
        }
        if (m.group("ordinal") != null) {
            return LocalDate.ofYearDay(year, Integer.parseInt(m.group("ordinal")));
        }
        int month = m.group("month") == null ? 1 : Integer.parseInt(m.group("month"));
        int day = m.group("day") == null ? 1 : Integer.parseInt(m.group("day"));
        return LocalDate.of(year, month, day);
    }

    private static LocalTime time(Matcher m) {
        int hour = Integer.parseInt(m.group("hour"));
        int minute = m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
        int second = m.group("second") == null ? 0 : Integer.parseInt(m.group("second"));
        String fraction = m.group("fraction");
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        return LocalTime.of(hour, minute, second, nanos);
    }

    private static ZoneId zone(Matcher m) {
        if (m.group("zone") != null) {
            return TemporalValues.zone(m.group("zone"));
        }
        return m.group("offset") == null ? null : offset(m.group("offset"));
    }

    static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        int seconds = digits.length() >= 6 ? Integer.parseInt(digits.substring(4, 6)) : 0;
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutesSeconds(sign * hours, sign * minutes, sign * seconds);
    }

}
