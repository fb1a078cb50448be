package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.UNKNOWN_ALLERGY_CLASS;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_COMPLICATION;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_FINDING;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_MUSCLE;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_PREPARATION;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_PRIOR_THERAPY;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_PRODUCT;
import static org.tpidoc.validation.ValidationCode.UNKNOWN_RISK;

import java.util.List;
import java.util.function.Predicate;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.catalog.Catalog;
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
                out.add(unknown(UNKNOWN_MUSCLE, "$.sites[" + i + "].muscle", "muscle", site.muscle()));
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
                    out.add(unknown(UNKNOWN_PRODUCT, path, "product", product));
                }
            }
        }
        if (session.consent() != null) {
            each(
                    session.consent().risksDisclosed(),
                    "$.consent.risksDisclosed",
                    UNKNOWN_RISK,
                    "risk",
                    slug -> catalog.risk(slug).isPresent(),
                    CATALOGUE_ADVICE,
                    out);
        }
        each(
                session.complications(),
                "$.complications",
                UNKNOWN_COMPLICATION,
                "complication",
                slug -> catalog.complication(slug).isPresent(),
                CATALOGUE_ADVICE,
                out);
        each(
                session.findings(),
                "$.findings",
                UNKNOWN_FINDING,
                "examination finding",
                slug -> catalog.finding(slug).isPresent(),
                CATALOGUE_ADVICE,
                out);
        each(
                session.priorTherapies(),
                "$.priorTherapies",
                UNKNOWN_PRIOR_THERAPY,
                "prior therapy",
                slug -> catalog.priorTherapy(slug).isPresent(),
                CATALOGUE_ADVICE,
                out);
        if (session.patientFactors() != null) {
            each(
                    session.patientFactors().allergies(),
                    "$.patientFactors.allergies",
                    UNKNOWN_ALLERGY_CLASS,
                    "allergy class",
                    slug -> CodedEnums.fromCode(AllergyClass.class, slug).isPresent(),
                    "use one of " + CodedEnums.describeCodes(AllergyClass.class),
                    out);
        }
    }

    private static void each(
            List<String> slugs,
            String path,
            ValidationCode code,
            String what,
            Predicate<String> known,
            String advice,
            List<Finding> out) {
        for (int i = 0; i < slugs.size(); i++) {
            if (!known.test(slugs.get(i))) {
                out.add(unknown(code, path + "[" + i + "]", what, slugs.get(i), advice));
            }
        }
    }

    private static Finding unknown(ValidationCode code, String path, String what, String slug) {
        return unknown(code, path, what, slug, CATALOGUE_ADVICE);
    }

    private static Finding unknown(ValidationCode code, String path, String what, String slug, String advice) {
        String subject = Describe.quotedSlug(slug)
                .map(quoted -> what + " " + quoted + " is not known")
                .orElse("this " + what + " is not a slug (lower-case kebab-case)");
        return code.at(path, subject + "; " + advice);
    }
}
