package org.tpidoc.session;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The pre-procedure time-out (universal protocol pause) and whether the sites were marked.
 *
 * @param at when the time-out was held; required
 * @param siteMarked whether the sites were marked on the skin
 */
public record TimeOut(OffsetDateTime at, boolean siteMarked) {

    /** Checks the time is present. */
    public TimeOut {
        Objects.requireNonNull(at, "timeOut.at is required");
    }
}
