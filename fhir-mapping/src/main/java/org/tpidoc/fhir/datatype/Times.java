package org.tpidoc.fhir.datatype;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.ReadContext;

/**
 * Times as FHIR {@code dateTime}, {@code instant}, {@code date} and {@code Period}, keeping the offset
 * the session recorded (never the JVM's time zone), with seconds always written as FHIR requires (and milliseconds when there are any,
 * every digit of a finer fraction, so that an import gives back the same time).
 *
 * <p>And back: a time keeps the offset written in the input and every digit of its fraction; a time with
 * no time of day or no offset cannot become an instant without a guess, so it is reported ({@link
 * ImportCode#TIME_IMPRECISE}) and left out.
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

    /** The instant of {@code value} at its written offset; empty (with a finding) when it is imprecise. */
    public static Optional<OffsetDateTime> readDateTime(ReadContext context, BaseDateTimeType value, String path) {
        String text = value.getValueAsString();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (value.getPrecision() == null || value.getPrecision().ordinal() < TemporalPrecisionEnum.MINUTE.ordinal()) {
            context.findings()
                    .add(ImportCode.TIME_IMPRECISE, path, "has no time of day, so it cannot become an instant");
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeParseException e) {
            context.findings()
                    .add(ImportCode.TIME_IMPRECISE, path, "has no offset from UTC, so it cannot become an instant");
            return Optional.empty();
        }
    }

    /** The calendar date of {@code value}; empty (with a finding) when it has no day. */
    public static Optional<LocalDate> readDate(ReadContext context, BaseDateTimeType value, String path) {
        String text = value.getValueAsString();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (value.getPrecision() == null || value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            context.findings().add(ImportCode.TIME_IMPRECISE, path, "has no day, so it cannot become a date");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "is not a valid date");
            return Optional.empty();
        }
    }
}
