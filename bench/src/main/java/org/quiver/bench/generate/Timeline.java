package org.quiver.bench.generate;

/**
 * The simulated period (2010-01-01 to 2013-01-01 UTC, epoch milliseconds, as longs until Quiver
 * has temporal types): persons join in order of their number, so a person's creation date is a
 * function of it and needs no memory.
 */
final class Timeline {
    static final long START = 1_262_304_000_000L;
    static final long END = 1_356_998_400_000L;
    static final long DAY = 86_400_000L;
    static final long BIRTHS_FROM = 315_532_800_000L;   // 1980-01-01
    static final long BIRTHS_TO = 946_684_800_000L;     // 2000-01-01

    private final int persons;

    Timeline(int persons) {
        this.persons = persons;
    }

    /** Persons join over the first half of the period; the second half is for their messages. */
    long personCreated(int person) {
        return START + (END - START) / 2 * person / persons;
    }

    /** A moment between {@code after} and the end of the period. */
    static long later(Sampler sampler, long after, long within) {
        return Math.min(END - 1, after + sampler.between(1, within));
    }

    /** A point {@code fraction} of the way through the period. */
    static long at(double fraction) {
        return START + (long) ((END - START) * fraction);
    }
}
