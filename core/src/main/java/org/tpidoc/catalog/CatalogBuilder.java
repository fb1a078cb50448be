package org.tpidoc.catalog;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a catalogue from a base: a vendor adds its own muscles, products, risks, ... or replaces an
 * entry by adding one with the same slug (e.g. a product with its formulary's NDC). Not thread-safe;
 * the catalogue it builds is immutable.
 */
public final class CatalogBuilder {

    private final Map<String, Muscle> muscles = new LinkedHashMap<>();
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, Risk> risks = new LinkedHashMap<>();
    private final Map<String, Complication> complications = new LinkedHashMap<>();
    private final Map<String, ExamFinding> findings = new LinkedHashMap<>();
    private final Map<String, PriorTherapy> priorTherapies = new LinkedHashMap<>();

    CatalogBuilder() {}

    CatalogBuilder(Catalog base) {
        putAll(muscles, base.muscles(), Muscle::slug);
        putAll(products, base.products(), Product::slug);
        putAll(risks, base.risks(), Risk::slug);
        putAll(complications, base.complications(), Complication::slug);
        putAll(findings, base.findings(), ExamFinding::slug);
        putAll(priorTherapies, base.priorTherapies(), PriorTherapy::slug);
    }

    private static <T> void putAll(Map<String, T> map, Collection<T> entries, Function<T, String> slug) {
        entries.forEach(e -> map.put(slug.apply(e), e));
    }

    /** Adds a muscle, replacing any with the same slug. */
    public CatalogBuilder muscle(Muscle muscle) {
        muscles.put(muscle.slug(), muscle);
        return this;
    }

    /** Adds a product, replacing any with the same slug. */
    public CatalogBuilder product(Product product) {
        products.put(product.slug(), product);
        return this;
    }

    /** Adds a risk, replacing any with the same slug. */
    public CatalogBuilder risk(Risk risk) {
        risks.put(risk.slug(), risk);
        return this;
    }

    /** Adds a complication, replacing any with the same slug. */
    public CatalogBuilder complication(Complication complication) {
        complications.put(complication.slug(), complication);
        return this;
    }

    /** Adds an examination finding, replacing any with the same slug. */
    public CatalogBuilder finding(ExamFinding finding) {
        findings.put(finding.slug(), finding);
        return this;
    }

    /** Adds a prior therapy, replacing any with the same slug. */
    public CatalogBuilder priorTherapy(PriorTherapy therapy) {
        priorTherapies.put(therapy.slug(), therapy);
        return this;
    }

    /** The immutable, thread-safe catalogue. */
    public Catalog build() {
        return new MapCatalog(
                ImmutableMap.copyOf(muscles),
                ImmutableMap.copyOf(products),
                ImmutableMap.copyOf(risks),
                ImmutableMap.copyOf(complications),
                ImmutableMap.copyOf(findings),
                ImmutableMap.copyOf(priorTherapies));
    }
}
