package org.quiver.temporal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import org.quiver.api.CypherDuration;

/**
 * A duration from components that may be fractional ({@code {months: 0.75}}, {@code P2.5W}): the
 * fraction of a unit carries down to the next smaller one — a month as 30.436875 days (the mean
 * Gregorian month), a day as 86 400 seconds — and below a nanosecond it is dropped.
 */
final class DurationBuilder {
    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000);

    private DurationBuilder() {
    }

    /** From the keys of a duration map (years, quarters, months, weeks, days, hours, …, nanoseconds). */
    static CypherDuration of(Map<String, BigDecimal> parts) {
        BigDecimal months = part(parts, "years").multiply(BigDecimal.valueOf(12))
                .add(part(parts, "quarters").multiply(BigDecimal.valueOf(3))).add(part(parts, "months"));
        BigDecimal days = part(parts, "weeks").multiply(BigDecimal.valueOf(7)).add(part(parts, "days"));
        BigDecimal seconds = part(parts, "hours").multiply(BigDecimal.valueOf(3600))
                .add(part(parts, "minutes").multiply(BigDecimal.valueOf(60))).add(part(parts, "seconds"));
        BigDecimal nanos = part(parts, "milliseconds").multiply(BigDecimal.valueOf(1_000_000))
                .add(part(parts, "microseconds").multiply(BigDecimal.valueOf(1000))).add(part(parts, "nanoseconds"));
        return cascade(months, days, seconds, nanos);
    }

    /** Whole units stay, fractions carry down: months → days → seconds → nanoseconds. */
    static CypherDuration cascade(BigDecimal months, BigDecimal days, BigDecimal seconds, BigDecimal nanos) {
        BigDecimal wholeMonths = months.setScale(0, RoundingMode.DOWN);
        days = days.add(months.subtract(wholeMonths).multiply(DAYS_PER_MONTH));
        BigDecimal wholeDays = days.setScale(0, RoundingMode.DOWN);
        seconds = seconds.add(days.subtract(wholeDays).multiply(SECONDS_PER_DAY));
        BigDecimal wholeSeconds = seconds.setScale(0, RoundingMode.DOWN);
        nanos = nanos.add(seconds.subtract(wholeSeconds).multiply(NANOS_PER_SECOND));
        try {
            return CypherDuration.of(wholeMonths.longValueExact(), wholeDays.longValueExact(),
                    wholeSeconds.longValueExact(), nanos.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
        } catch (ArithmeticException e) {
            throw TemporalValues.invalid("Duration out of range");
        }
    }

    /** Each component scaled by {@code factor}, fractions carried down. */
    static CypherDuration scale(CypherDuration d, BigDecimal factor) {
        return cascade(BigDecimal.valueOf(d.months()).multiply(factor), BigDecimal.valueOf(d.days()).multiply(factor),
                BigDecimal.valueOf(d.seconds()).multiply(factor), BigDecimal.valueOf(d.nanos()).multiply(factor));
    }

    static CypherDuration divide(CypherDuration d, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new org.quiver.parser.error.ArithmeticError("DivisionByZero", "Division by zero", null);
        }
        MathContext context = MathContext.DECIMAL128;
        return cascade(BigDecimal.valueOf(d.months()).divide(divisor, context),
                BigDecimal.valueOf(d.days()).divide(divisor, context),
                BigDecimal.valueOf(d.seconds()).divide(divisor, context),
                BigDecimal.valueOf(d.nanos()).divide(divisor, context));
    }

    static BigDecimal number(Object value, String key) {
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(Double.toString(((Number) value).doubleValue()));
        }
        throw TemporalValues.invalid("A duration's " + key + " must be a number, not " + value);
    }

    private static BigDecimal part(Map<String, BigDecimal> parts, String key) {
        return parts.getOrDefault(key, BigDecimal.ZERO);
    }
}
