package org.tpidoc.fhir.datatype;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.ReadContext;

/**
 * FHIR {@code dateTime}, {@code instant} and {@code date} back to times: the inverse of {@link Times}. A
 * time keeps the offset written in the input (never the JVM's zone) and every digit of its fraction; a
 * time with no time of day or no offset cannot become an instant without a guess, so it is reported
 * ({@link ImportCode#TIME_IMPRECISE}) and left out.
 */
public final class TimeReader {

    private TimeReader() {}

    /** The instant of {@code value} at its written offset; empty (with a finding) when it is imprecise. */
    public static Optional<OffsetDateTime> dateTime(ReadContext context, BaseDateTimeType value, String path) {
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
    public static Optional<LocalDate> date(ReadContext context, BaseDateTimeType value, String path) {
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
