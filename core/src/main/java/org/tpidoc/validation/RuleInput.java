package org.tpidoc.validation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Product;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.SessionStatus;

/**
 * What every rule reads: the session, the catalogue in use and the doses derived once per validation.
 *
 * @param session the session judged
 * @param catalog the catalogue slugs are resolved in
 * @param doses the session's doses, computed by {@code DoseCalculator}
 */
record RuleInput(InjectionSession session, Catalog catalog, SessionDoses doses) {

    /** Whether the session has this status. */
    boolean is(SessionStatus status) {
        return session.status() == status;
    }

    /** The patient's weight in kg, or {@code null} when not recorded. */
    @Nullable
    BigDecimal weightKg() {
        return session.patientFactors() == null
                ? null
                : session.patientFactors().weightKg();
    }

    /** The onabotulinumtoxinA units of the previous 90 days, or {@code null} when not recorded. */
    @Nullable
    BigDecimal botulinumToxinUnitsLast90Days() {
        return session.patientFactors() == null
                ? null
                : session.patientFactors().botulinumToxinUnitsLast90Days();
    }

    /**
     * The muscle in words ("levator scapulae"); its slug quoted when it is not in the catalogue, or
     * "an unknown muscle" when the value is not even shaped like a slug.
     */
    String muscleInWords(String slug) {
        return catalog.muscle(slug)
                .map(Muscle::name)
                .or(() -> Describe.quotedSlug(slug))
                .orElse("an unknown muscle");
    }

    /**
     * The product in words ("lidocaine hydrochloride 10 mg/mL"); its slug quoted when it is not in the
     * catalogue, or "an unknown product" when the value is not even shaped like a slug.
     */
    String productInWords(String slug) {
        return catalog.product(slug)
                .map(Product::name)
                .or(() -> Describe.quotedSlug(slug))
                .orElse("an unknown product");
    }

    /** The site at {@code index} in words: muscle and side, e.g. "trapezius (left)"; never the free-text detail. */
    String siteInWords(int index) {
        InjectionSite site = session.sites().get(index);
        return muscleInWords(site.muscle()) + " (" + site.laterality().code() + ")";
    }
}
