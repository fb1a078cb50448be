package org.tpidoc.dosing;

import java.util.List;
import java.util.Optional;
import org.tpidoc.catalog.Drug;
import org.tpidoc.session.InjectionSite;

/**
 * The doses given at one site.
 *
 * @param index the site's position in {@code session.sites()} (for JSON paths: {@code $.sites[index]})
 * @param site the site
 * @param doses one dose per drug of the site's preparation, in component order; empty for dry needling
 */
public record SiteDoses(int index, InjectionSite site, List<Dose> doses) {

    /** Copies the doses. */
    public SiteDoses {
        doses = List.copyOf(doses);
    }

    /** The dose of {@code drug} at this site, if any. */
    public Optional<Dose> of(Drug drug) {
        return doses.stream().filter(d -> d.drug().equals(drug)).findFirst();
    }
}
