package org.quiver.api;

/**
 * A Cypher Duration: months, days and seconds kept apart (a month or a day has no fixed length),
 * with the nanoseconds of the seconds in {@code [0, 999 999 999]}. Two durations are equal when all
 * four components are; {@link #toString()} is Cypher's text form ({@code P1Y2M3DT4H5M6.5S}).
 */
public record CypherDuration(long months, long days, long seconds, int nanos) {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public CypherDuration {
        if (nanos < 0 || nanos >= NANOS_PER_SECOND) {
            throw new IllegalArgumentException("nanos out of range: " + nanos);
        }
    }

    /** Carries whole seconds out of {@code nanos} so that the nanoseconds are in range. */
    public static CypherDuration of(long months, long days, long seconds, long nanos) {
        return new CypherDuration(months, days,
                Math.addExact(seconds, Math.floorDiv(nanos, NANOS_PER_SECOND)),
                (int) Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("P");
        long years = months / 12;
        long monthsOfYear = months % 12;
        if (years != 0) {
            out.append(years).append('Y');
        }
        if (monthsOfYear != 0) {
            out.append(monthsOfYear).append('M');
        }
        if (days != 0) {
            out.append(days).append('D');
        }
        // The clock part is written with one sign: -1.999 s is seconds -2 and nanos 1 000 000 here.
        long s = seconds;
        long n = nanos;
        boolean negative = s < 0;
        if (negative && n > 0) {
            s += 1;
            n = NANOS_PER_SECOND - n;
        }
        if (s != 0 || n != 0) {
            out.append('T');
            long hours = s / 3600;
            long minutes = (s / 60) % 60;
            long secs = s % 60;
            if (hours != 0) {
                out.append(hours).append('H');
            }
            if (minutes != 0) {
                out.append(minutes).append('M');
            }
            if (secs != 0 || n != 0) {
                if (negative && secs == 0) {
                    out.append('-');
                }
                out.append(secs);
                if (n != 0) {
                    String fraction = String.format("%09d", n).replaceAll("0+$", "");
                    out.append('.').append(fraction);
                }
                out.append('S');
            }
        }
        return out.length() == 1 ? "PT0S" : out.toString();
    }
}
