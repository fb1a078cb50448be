package org.tpidoc.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue in use: every entry keyed by its slug. Implementations are immutable and
 * thread-safe. {@link #builtIn()} is ours; {@link #builder(Catalog)} extends or overrides one.
 */
public interface Catalog {

    /** The built-in catalogue (DESIGN §3), with codes only from terminology.md, read once from its resource file. */
    static Catalog builtIn() {
        return BuiltInCatalog.INSTANCE;
    }

    /** A builder starting from {@code base}: entries added with an existing slug replace the base's. */
    static CatalogBuilder builder(Catalog base) {
        return new CatalogBuilder(base);
    }

    /** The muscle with this slug. */
    Optional<Muscle> muscle(String slug);

    /** The product with this slug. */
    Optional<Product> product(String slug);

    /** The risk with this slug. */
    Optional<Risk> risk(String slug);

    /** The complication with this slug. */
    Optional<Complication> complication(String slug);

    /** The examination finding with this slug. */
    Optional<ExamFinding> finding(String slug);

    /** The prior therapy with this slug. */
    Optional<PriorTherapy> priorTherapy(String slug);

    /**
     * The slug of the whole muscle that {@code muscleSlug} is part of, following {@link Muscle#partOf()}
     * up to the top (scalenus-anterior gives scalenes); the slug itself when it is part of nothing, or
     * not in this catalogue. A muscle and a part of it on one side are one muscle for billing.
     */
    default String wholeMuscleOf(String muscleSlug) {
        List<String> containing = musclesContaining(muscleSlug);
        return containing.isEmpty() ? muscleSlug : containing.get(containing.size() - 1);
    }

    /**
     * The slugs of the muscles {@code muscleSlug} is part of, nearest first, following {@link
     * Muscle#partOf()} (scalenus-anterior gives [scalenes]); empty when it is part of nothing or not in
     * this catalogue. A vendor's chain that is circular or deeper than 8 stops there rather than loop.
     */
    default List<String> musclesContaining(String muscleSlug) {
        List<String> containing = new ArrayList<>();
        Optional<String> whole = muscle(muscleSlug).flatMap(Muscle::wholeMuscle);
        while (whole.isPresent()
                && containing.size() < 8
                && !whole.get().equals(muscleSlug)
                && !containing.contains(whole.get())) {
            containing.add(whole.get());
            whole = muscle(whole.get()).flatMap(Muscle::wholeMuscle);
        }
        return List.copyOf(containing);
    }

    /** All muscles, in catalogue order. */
    Collection<Muscle> muscles();

    /** All products, in catalogue order. */
    Collection<Product> products();

    /** All risks, in catalogue order. */
    Collection<Risk> risks();

    /** All complications, in catalogue order. */
    Collection<Complication> complications();

    /** All examination findings, in catalogue order. */
    Collection<ExamFinding> findings();

    /** All prior therapies, in catalogue order. */
    Collection<PriorTherapy> priorTherapies();
}
