package org.tpidoc.catalog;

import java.util.Collection;
import java.util.Optional;

/**
 * The catalogue in use: every entry keyed by its slug. Implementations are immutable and
 * thread-safe. {@link #builtIn()} is ours; {@link #builder(Catalog)} extends or overrides one.
 */
public interface Catalog {

    /** The built-in catalogue (DESIGN §3), with codes only from terminology.md. */
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
        String slug = muscleSlug;
        for (int depth = 0; depth < 8; depth++) {
            Optional<String> whole = muscle(slug).flatMap(Muscle::wholeMuscle);
            if (whole.isEmpty()) {
                return slug;
            }
            slug = whole.get();
        }
        return slug; // a vendor's partOf chain too deep or circular: stop rather than loop
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
