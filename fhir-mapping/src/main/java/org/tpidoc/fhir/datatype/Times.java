package org.tpidoc.fhir.datatype;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.jspecify.annotations.Nullable;

/**
 * Times as FHIR {@code dateTime}, {@code instant}, {@code date} and {@code Period}, keeping the offset
 * the session recorded (never the JVM's time zone), with seconds always written as FHIR requires (and milliseconds when there are any,
 * every digit of a finer fraction, so that an import gives back the same time).
 */
public final class Times {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    /** Finer than milliseconds: every digit the session holds (FHIR allows any number), so an import gets them back. */
    private static final DateTimeFormatter FRACTION = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .appendOffset("+HH:MM", "Z")
            .toFormatter(Locale.ROOT);

    private Times() {}

    /** The FHIR text of a time, e.g. {@code 2026-11-20T10:15:00-05:00}. */
    public static String format(OffsetDateTime time) {
        if (time.getNano() == 0) {
            return SECONDS.format(time);
        }
        return (time.getNano() % 1_000_000 == 0 ? MILLIS : FRACTION).format(time);
    }

    /** A {@code dateTime} at the recorded offset. */
    public static DateTimeType dateTime(OffsetDateTime time) {
        return new DateTimeType(format(time));
    }

    /** An {@code instant} at the recorded offset. */
    public static InstantType instant(OffsetDateTime time) {
        return new InstantType(format(time));
    }

    /** A {@code date}. */
    public static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    /** A {@code Period} from {@code start}, to {@code end} when known. */
    public static Period period(OffsetDateTime start, @Nullable OffsetDateTime end) {
        Period period = new Period().setStartElement(dateTime(start));
        if (end != null) {
            period.setEndElement(dateTime(end));
        }
        return period;
    }
}
