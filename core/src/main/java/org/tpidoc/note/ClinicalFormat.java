package org.tpidoc.note;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.tpidoc.session.Decimals;
import org.tpidoc.session.InjectionSession;

/**
 * How the note writes times, volumes and numbers. Every time is shown in the offset of the
 * session's start; a time on the day of the start shows only {@code HH:mm}. Immutable.
 */
final class ClinicalFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private final OffsetDateTime start;

    private ClinicalFormat(OffsetDateTime start) {
        this.start = start;
    }

    /** The format for times of {@code session}. */
    static ClinicalFormat of(InjectionSession session) {
        return new ClinicalFormat(session.start());
    }

    /** The session's offset, e.g. {@code "UTC-05:00"}. */
    String offset() {
        return "UTC" + OFFSET.format(start);
    }

    /** The session's date, e.g. {@code "2026-11-20"}. */
    String date() {
        return DATE.format(start);
    }

    /** {@code time} in the session's offset: {@code "10:05"} on the session's day, else {@code "2026-11-21 00:15"}. */
    String time(OffsetDateTime time) {
        ZoneOffset offset = start.getOffset();
        OffsetDateTime local = time.withOffsetSameInstant(offset);
        return local.toLocalDate().equals(start.toLocalDate()) ? TIME.format(local) : DATE_TIME.format(local);
    }

    /** {@code time} in the session's offset with its date, e.g. {@code "2026-11-20 10:50"}. */
    String dateTime(OffsetDateTime time) {
        return DATE_TIME.format(time.withOffsetSameInstant(start.getOffset()));
    }

    /** A volume for display: at most two decimals, no trailing zeros, e.g. {@code "2.5 mL"}. */
    static String volume(BigDecimal millilitres) {
        return plain(millilitres) + " mL";
    }

    /** A number for display: at most two decimals, no trailing zeros. */
    static String plain(BigDecimal value) {
        return Decimals.normalize(value.setScale(2, RoundingMode.HALF_UP)).toPlainString();
    }
}
