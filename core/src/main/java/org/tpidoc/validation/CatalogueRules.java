package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.UNKNOWN_ALLERGY_CLASS;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_COMPLICATION;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_FINDING;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_MUSCLE;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_PREPARATION;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_PRIOR_THERAPY;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_PRODUCT;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_RISK;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Complication;
import org.tpidoc.catalog.ExamFinding;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.PriorTherapy;
import org.tpidoc.catalog.Product;
import org.tpidoc.catalog.Risk;
import org.tpidoc.session.CodedEnums;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Preparation;

/**
 * Every slug resolves in the catalogue in use and every preparation id in the session: muscles,
 * products, disclosed risks, complications, examination findings, prior therapies, allergy classes
 * (the {@code AllergyClass} codes: the drug classes, {@code chlorhexidine} and {@code iodine}) and the
 * preparations sites refer to. One error per unresolved value.
 */
final class CatalogueRules implements Rule {

    private static final String CATALOGUE_ADVICE =
            "use a slug from the catalogue in use, or add the entry to the catalogue";

    @Override
    public void check(RuleInput input, List<Finding> out) {
        InjectionSession session = input.session();
        Catalog catalog = input.catalog();
        List<InjectionSite> sites = session.sites();
        for (int i = 0; i < sites.size(); i++) {
            InjectionSite site = sites.get(i);
            if (catalog.muscle(site.muscle()).isEmpty()) {
                out.add(unknown(
                        UNKNOWN_MUSCLE,
                        "$.sites[" + i + "].muscle",
                        "muscle",
                        site.muscle(),
                        slugs(catalog.muscles(), Muscle::slug)));
            }
            if (site.preparation() != null
                    && session.preparation(site.preparation()).isEmpty()) {
                out.add(UNKNOWN_PREPARATION.at(
                        "$.sites[" + i + "].preparation",
                        "the preparation given at " + input.siteInWords(i) + " is not among the session's"
                                + " preparations; refer to a preparation by its id"));
            }
        }
        List<Preparation> preparations = session.preparations();
        for (int p = 0; p < preparations.size(); p++) {
            for (int c = 0; c < preparations.get(p).components().size(); c++) {
                String product = preparations.get(p).components().get(c).product();
                if (catalog.product(product).isEmpty()) {
                    String path = "$.preparations[" + p + "].components[" + c + "].product";
                    out.add(unknown(
                            UNKNOWN_PRODUCT, path, "product", product, slugs(catalog.products(), Product::slug)));
                }
            }
        }
        if (session.consent() != null) {
            each(
                    session.consent().risksDisclosed(),
                    "$.consent.risksDisclosed",
                    UNKNOWN_RISK,
                    "risk",
                    slugs(catalog.risks(), Risk::slug),
                    CATALOGUE_ADVICE,
                    out);
        }
        each(
                session.complications(),
                "$.complications",
                UNKNOWN_COMPLICATION,
                "complication",
                slugs(catalog.complications(), Complication::slug),
                CATALOGUE_ADVICE,
                out);
        each(
                session.findings(),
                "$.findings",
                UNKNOWN_FINDING,
                "examination finding",
                slugs(catalog.findings(), ExamFinding::slug),
                CATALOGUE_ADVICE,
                out);
        each(
                session.priorTherapies(),
                "$.priorTherapies",
                UNKNOWN_PRIOR_THERAPY,
                "prior therapy",
                slugs(catalog.priorTherapies(), PriorTherapy::slug),
                CATALOGUE_ADVICE,
                out);
        if (session.patientFactors() != null) {
            each(
                    session.patientFactors().allergies(),
                    "$.patientFactors.allergies",
                    UNKNOWN_ALLERGY_CLASS,
                    "allergy class",
                    Arrays.stream(AllergyClass.values()).map(AllergyClass::code).toList(),
                    "use one of " + CodedEnums.describeCodes(AllergyClass.class),
                    out);
        }
    }

    private static void each(
            List<String> slugs,
            String path,
            ValidationCode code,
            String what,
            List<String> known,
            String advice,
            List<Finding> out) {
        Set<String> knownSet = Set.copyOf(known);
        for (int i = 0; i < slugs.size(); i++) {
            if (!knownSet.contains(slugs.get(i))) {
                out.add(unknown(code, path + "[" + i + "]", what, slugs.get(i), known, advice));
            }
        }
    }

    private static <T> List<String> slugs(Collection<T> entries, Function<T, String> slug) {
        return entries.stream().map(slug).toList();
    }

    private static Finding unknown(ValidationCode code, String path, String what, String slug, List<String> known) {
        return unknown(code, path, what, slug, known, CATALOGUE_ADVICE);
    }

    /**
     * "muscle "trapezeus" is not known; did you mean "trapezius"?", or with the advice when no known slug is
     * near; a value that is not a slug is never echoed (it may be free text).
     */
    private static Finding unknown(
            ValidationCode code, String path, String what, String slug, List<String> known, String advice) {
        Optional<String> quoted = Describe.quotedSlug(slug);
        if (quoted.isEmpty()) {
            return code.at(path, "this " + what + " is not a slug (lower-case kebab-case); " + advice);
        }
        String subject = what + " " + quoted.get() + " is not known";
        return DidYouMean.closest(slug, known)
                .map(near -> code.at(path, subject + "; did you mean \"" + near + "\"?"))
                .orElseGet(() -> code.at(path, subject + "; " + advice));
    }
}
