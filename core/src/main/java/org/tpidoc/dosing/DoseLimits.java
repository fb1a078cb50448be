package org.tpidoc.dosing;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The maximum session doses the validator enforces, by drug slug. {@link #defaults()} holds the label
 * figures of terminology.md: lidocaine without epinephrine 4.5 mg/kg, never over 300 mg; bupivacaine
 * 2.5 mg/kg, never over 175 mg; onabotulinumtoxinA 400 units, the label's cumulative limit over 3
 * months (the validator counts the patient's {@code botulinumToxinUnitsLast90Days} with the session's
 * units against it). A clinic changes or adds a limit with {@link #with(DoseLimit)}. Immutable and
 * thread-safe.
 */
public final class DoseLimits {

    private static final DoseLimits DEFAULTS = new DoseLimits(ImmutableMap.of())
            .with(new DoseLimit("lidocaine", new BigDecimal("4.5"), new BigDecimal("300")))
            .with(new DoseLimit("bupivacaine", new BigDecimal("2.5"), new BigDecimal("175")))
            .with(new DoseLimit("onabotulinumtoxina", null, new BigDecimal("400")));

    private final ImmutableMap<String, DoseLimit> limits;

    private DoseLimits(ImmutableMap<String, DoseLimit> limits) {
        this.limits = limits;
    }

    /** The default limits (terminology.md). */
    public static DoseLimits defaults() {
        return DEFAULTS;
    }

    /** No limits at all. */
    public static DoseLimits none() {
        return new DoseLimits(ImmutableMap.of());
    }

    /** These limits with {@code limit} added, replacing any for the same drug. */
    public DoseLimits with(DoseLimit limit) {
        Map<String, DoseLimit> copy = new LinkedHashMap<>(limits);
        copy.put(limit.drugSlug(), limit);
        return new DoseLimits(ImmutableMap.copyOf(copy));
    }

    /** The limit for the drug with this slug, if any. */
    public Optional<DoseLimit> forDrug(String drugSlug) {
        return Optional.ofNullable(limits.get(drugSlug));
    }

    /** Every limit. */
    public Collection<DoseLimit> all() {
        return limits.values();
    }
}
