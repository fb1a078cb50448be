package org.tpidoc.validation;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Product;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Preparation;

/**
 * The default {@link ConsentPolicy} (DESIGN §5). A drug counts as given when it is drawn up in any
 * preparation: risks are disclosed before injecting, so what was prepared is what consent must cover.
 */
final class StandardConsentPolicy implements ConsentPolicy {

    static final StandardConsentPolicy INSTANCE = new StandardConsentPolicy();

    private static final List<String> ALWAYS = List.of(
            "pain",
            "bleeding",
            "bruising",
            "infection",
            "allergic-reaction",
            "dizziness-fainting",
            "nerve-damage",
            "no-improvement");

    private StandardConsentPolicy() {}

    @Override
    public Set<String> requiredRisks(InjectionSession session, Catalog catalog) {
        Set<String> risks = new LinkedHashSet<>(ALWAYS);
        if (anyChestWallSite(session, catalog)) {
            risks.add("pneumothorax");
        }
        if (drawsUp(session, catalog, DrugClass.CORTICOSTEROID)) {
            risks.add("steroid-effects");
        }
        if (drawsUp(session, catalog, DrugClass.BOTULINUM_TOXIN)) {
            risks.add("botulinum-toxin-spread");
        }
        return Collections.unmodifiableSet(risks);
    }

    private static boolean anyChestWallSite(InjectionSession session, Catalog catalog) {
        return session.sites().stream()
                .map(InjectionSite::muscle)
                .flatMap(slug -> catalog.muscle(slug).stream())
                .anyMatch(Muscle::chestWall);
    }

    private static boolean drawsUp(InjectionSession session, Catalog catalog, DrugClass drugClass) {
        return session.preparations().stream()
                .map(Preparation::components)
                .flatMap(List::stream)
                .flatMap(component -> catalog.product(component.product()).stream())
                .map(Product::drug)
                .anyMatch(drug -> drug.drugClass() == drugClass);
    }

    @Override
    public String toString() {
        return "ConsentPolicy.standard()";
    }
}
