package org.tpidoc.fhir.r4.datatype;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.jspecify.annotations.Nullable;

/**
 * Times as FHIR {@code dateTime}, {@code instant}, {@code date} and {@code Period}, keeping the offset
 * the session recorded (never the JVM's time zone), with seconds always written as FHIR requires (and milliseconds when there are any).
 */
public final class Times {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private Times() {}

    /** The FHIR text of a time, e.g. {@code 2026-11-20T10:15:00-05:00}. */
    public static String format(OffsetDateTime time) {
        return (time.getNano() == 0 ? SECONDS : MILLIS).format(time);
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
