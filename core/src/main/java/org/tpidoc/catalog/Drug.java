package org.tpidoc.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An active ingredient (or diluent).
 *
 * @param slug the stable slug, e.g. {@code "lidocaine"}, {@code "onabotulinumtoxina"}
 * @param name the name in words, e.g. {@code "lidocaine"}, {@code "onabotulinumtoxinA"}
 * @param drugClass the class (also an allergy class)
 * @param doseUnit the unit its doses are counted in
 * @param codes ingredient codes (RxNorm IN, SNOMED CT substance, ATC) where terminology.md has them
 */
public record Drug(
        String slug, String name, DrugClass drugClass, DoseUnit doseUnit, List<org.tpidoc.terminology.Concept> codes) {

    /** Checks the parts and copies the codes. */
    public Drug {
        Slugs.check(slug, "drug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drugClass, "drugClass");
        Objects.requireNonNull(doseUnit, "doseUnit");
        codes = List.copyOf(codes);
    }
}
