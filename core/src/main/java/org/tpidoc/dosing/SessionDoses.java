package org.tpidoc.dosing;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tpidoc.catalog.DrugClass;

/**
 * Everything dose-related derived from a session: per site, per drug, per drug class, per component,
 * and the distinct (muscle, side) pairs. Immutable.
 *
 * @param sites the doses at each site, in site order
 * @param totals the session total of each drug, in order of first use
 * @param usage drawn, administered and discarded amounts of each component with a known product
 * @param muscleSides the distinct (muscle, side) pairs, in site order
 */
public record SessionDoses(
        List<SiteDoses> sites, List<Dose> totals, List<ComponentUsage> usage, Set<MuscleSide> muscleSides) {

    /** Copies the parts. */
    public SessionDoses {
        sites = List.copyOf(sites);
        totals = List.copyOf(totals);
        usage = List.copyOf(usage);
        muscleSides = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(muscleSides));
    }

    /** The session total of the drug with this slug, if it was given. */
    public Optional<Dose> total(String drugSlug) {
        return totals.stream().filter(d -> d.drug().slug().equals(drugSlug)).findFirst();
    }

    /** The totals of the drugs of one class. */
    public List<Dose> totals(DrugClass drugClass) {
        return totals.stream().filter(d -> d.drug().drugClass() == drugClass).toList();
    }

    /** The sum of the totals of one class, in that class's unit (zero when none was given). */
    public BigDecimal classTotal(DrugClass drugClass) {
        return totals(drugClass).stream().map(Dose::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether any drug of this class was given. */
    public boolean gives(DrugClass drugClass) {
        return totals.stream().anyMatch(d -> d.drug().drugClass() == drugClass);
    }
}
