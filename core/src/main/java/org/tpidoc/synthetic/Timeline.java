package org.tpidoc.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The times of one session, whole minutes on a weekday in clinic hours of 2025–2026: pain scored at
 * intake, then consent, then the time-out, the start, the end and the pain score after.
 *
 * @param painBefore when pain was scored before
 * @param consent when consent was obtained
 * @param timeOut when the time-out was held
 * @param start when the procedure started
 * @param end when it ended
 * @param painAfter when pain was scored after
 */
record Timeline(
        OffsetDateTime painBefore,
        OffsetDateTime consent,
        OffsetDateTime timeOut,
        OffsetDateTime start,
        OffsetDateTime end,
        OffsetDateTime painAfter) {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final List<ZoneOffset> OFFSETS = List.of(
            ZoneOffset.ofHours(-8),
            ZoneOffset.ofHours(-7),
            ZoneOffset.ofHours(-6),
            ZoneOffset.ofHours(-5),
            ZoneOffset.ofHours(-4),
            ZoneOffset.UTC,
            ZoneOffset.ofHours(1));

    /** A timeline for a procedure of about {@code minutes} minutes. */
    static Timeline of(Rng rng, int minutes) {
        LocalDate day = FIRST_DAY.plusDays(rng.below(730));
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.plusDays(2);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalTime time = LocalTime.of(8, 0).plusMinutes(5L * rng.below(103));
        ZoneOffset offset = rng.pick(OFFSETS, 3, 2, 3, 4, 2, 1, 1);
        OffsetDateTime start = OffsetDateTime.of(day, time, offset);
        OffsetDateTime consent = start.minusMinutes(rng.between(10, 45));
        OffsetDateTime end = start.plusMinutes(minutes);
        return new Timeline(
                consent.minusMinutes(rng.between(2, 10)),
                consent,
                start.minusMinutes(rng.between(1, 5)),
                start,
                end,
                end.plusMinutes(rng.between(3, 15)));
    }

    /** The day of the procedure, in its own offset. */
    LocalDate day() {
        return start.toLocalDate();
    }
}
