package org.tpidoc.catalog;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Optional;

/** An immutable catalogue held in insertion-ordered maps keyed by slug. */
final class MapCatalog implements Catalog {

    private final ImmutableMap<String, Muscle> muscles;
    private final ImmutableMap<String, Product> products;
    private final ImmutableMap<String, Risk> risks;
    private final ImmutableMap<String, Complication> complications;
    private final ImmutableMap<String, ExamFinding> findings;
    private final ImmutableMap<String, PriorTherapy> priorTherapies;

    MapCatalog(
            ImmutableMap<String, Muscle> muscles,
            ImmutableMap<String, Product> products,
            ImmutableMap<String, Risk> risks,
            ImmutableMap<String, Complication> complications,
            ImmutableMap<String, ExamFinding> findings,
            ImmutableMap<String, PriorTherapy> priorTherapies) {
        this.muscles = muscles;
        this.products = products;
        this.risks = risks;
        this.complications = complications;
        this.findings = findings;
        this.priorTherapies = priorTherapies;
    }

    @Override
    public Optional<Muscle> muscle(String slug) {
        return Optional.ofNullable(muscles.get(slug));
    }

    @Override
    public Optional<Product> product(String slug) {
        return Optional.ofNullable(products.get(slug));
    }

    @Override
    public Optional<Risk> risk(String slug) {
        return Optional.ofNullable(risks.get(slug));
    }

    @Override
    public Optional<Complication> complication(String slug) {
        return Optional.ofNullable(complications.get(slug));
    }

    @Override
    public Optional<ExamFinding> finding(String slug) {
        return Optional.ofNullable(findings.get(slug));
    }

    @Override
    public Optional<PriorTherapy> priorTherapy(String slug) {
        return Optional.ofNullable(priorTherapies.get(slug));
    }

    @Override
    public Collection<Muscle> muscles() {
        return muscles.values();
    }

    @Override
    public Collection<Product> products() {
        return products.values();
    }

    @Override
    public Collection<Risk> risks() {
        return risks.values();
    }

    @Override
    public Collection<Complication> complications() {
        return complications.values();
    }

    @Override
    public Collection<ExamFinding> findings() {
        return findings.values();
    }

    @Override
    public Collection<PriorTherapy> priorTherapies() {
        return priorTherapies.values();
    }

    @Override
    public String toString() {
        return "Catalog[muscles=" + muscles.size() + ", products=" + products.size() + ", risks=" + risks.size() + "]";
    }
}
