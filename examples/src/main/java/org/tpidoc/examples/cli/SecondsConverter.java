package org.tpidoc.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration option given in seconds, a decimal number not below 0 ({@code 10}, {@code 0.5}, {@code
 * 2.25}), to the millisecond. Used by {@code push --connect-timeout}, {@code --read-timeout}, {@code
 * --backoff}.
 */
final class SecondsConverter implements ITypeConverter<Duration> {

    /** The longest duration accepted: one day, more than any timeout or wait needs. */
    static final Duration MAX = Duration.ofDays(1);

    /** A converter; picocli makes one per option. */
    SecondsConverter() {}

    /**
     * The duration of {@code value} seconds.
     *
     * @throws TypeConversionException (exit 2, with the usage) when it is not a number of seconds from 0 to
     *     one day
     */
    @Override
    public Duration convert(String value) {
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of seconds (e.g. 10 or 0.5)");
        }
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(MAX.toSeconds())) > 0) {
            throw new TypeConversionException("'" + value + "' is not from 0 to " + MAX.toSeconds() + " seconds");
        }
        return Duration.ofMillis(
                seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValue());
    }
}
