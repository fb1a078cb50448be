package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.COMPONENT_EXPIRED;
import static org.tpidoc.validation.ValidationCode.DUPLICATE_PREPARATION;
import static org.tpidoc.validation.ValidationCode.VOLUME_EXCEEDS_PREPARATION;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tpidoc.catalog.Drug;
import org.tpidoc.catalog.Product;
import org.tpidoc.dosing.Dose;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Preparation;

/**
 * What was drawn up:
 *
 * <ul>
 *   <li>preparation ids are unique within a session ({@code duplicate-preparation}, an error, one
 *       finding per repeat): sites name the preparation they received by id, so a second preparation
 *       with the same id leaves it unclear what was injected, and it cannot be carried into FHIR as
 *       its own Medication;
 *   <li>no component had expired ({@code component-expired}, an error, one finding per component): its
 *       expiry date is not before the session's start date, the start's local date in its own offset
 *       (a product expiring on the day of the session may still be used);
 *   <li>the sites are not given more than was drawn up ({@code volume-exceeds-preparation}, an error,
 *       one finding per preparation): the positive volumes of the sites that name a preparation add
 *       up to at most its liquid volume ({@link Preparation#liquidVolumeMl()}); exactly all of it
 *       passes. A repeated id is left to {@code duplicate-preparation} (sites resolve to the first).
 * </ul>
 */
final class PreparationRules implements Rule {

    @Override
    public void check(RuleInput input, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        List<Preparation> preparations = input.session().preparations();
        LocalDate sessionDate = input.session().start().toLocalDate();
        for (int i = 0; i < preparations.size(); i++) {
            Preparation preparation = preparations.get(i);
            boolean first = seen.add(preparation.id());
            if (!first) {
                out.add(DUPLICATE_PREPARATION.at(
                        "$.preparations[" + i + "].id",
                        "preparation " + (i + 1) + " repeats the id of an earlier preparation; give each"
                                + " preparation its own id so each site names what it received"));
            }
            checkExpiry(input, i, preparation, sessionDate, out);
            if (first) {
                checkVolumeGiven(input, i, preparation, out);
            }
        }
    }

    private static void checkExpiry(
            RuleInput input, int index, Preparation preparation, LocalDate sessionDate, List<Finding> out) {
        List<Component> components = preparation.components();
        for (int c = 0; c < components.size(); c++) {
            LocalDate expiry = components.get(c).expiry();
            if (expiry != null && expiry.isBefore(sessionDate)) {
                out.add(COMPONENT_EXPIRED.at(
                        "$.preparations[" + index + "].components[" + c + "].expiry",
                        input.productInWords(components.get(c).product()) + " in preparation " + (index + 1)
                                + " expired on " + expiry + ", before the session date (not repeated here: a"
                                + " date of care is patient data); do not use expired stock (correct the"
                                + " expiry date if it was recorded wrongly)"));
            }
        }
    }

    private static void checkVolumeGiven(RuleInput input, int index, Preparation preparation, List<Finding> out) {
        BigDecimal given = BigDecimal.ZERO;
        for (InjectionSite site : input.session().sites()) {
            if (preparation.id().equals(site.preparation())
                    && site.volumeMl() != null
                    && site.volumeMl().signum() > 0) {
                given = given.add(site.volumeMl());
            }
        }
        BigDecimal drawn = preparation.liquidVolumeMl();
        if (given.compareTo(drawn) <= 0) {
            return;
        }
        String held = drawn.signum() == 0
                ? "no liquid was drawn up for it (a powder must be reconstituted)"
                : "only " + Describe.number(drawn) + " mL of liquid was drawn up for it"
                        + powders(input, preparation, given, drawn);
        out.add(VOLUME_EXCEEDS_PREPARATION.at(
                "$.preparations[" + index + "]",
                "the sites given preparation " + (index + 1) + " add up to " + Describe.number(given) + " mL, but "
                        + held + "; correct the site volumes or the volumes drawn up"));
    }

    /**
     * What the powders of {@code preparation} would come to at the volume given, e.g. ", so the sites
     * would have had 1500 units of onabotulinumtoxinA from 500 units drawn up"; empty without a powder of
     * a known product.
     */
    private static String powders(RuleInput input, Preparation preparation, BigDecimal given, BigDecimal drawn) {
        StringBuilder out = new StringBuilder();
        for (Component component : preparation.components()) {
            Optional<Product> product = input.catalog().product(component.product());
            if (component.isLiquid() || product.isEmpty()) {
                continue;
            }
            Drug drug = product.get().drug();
            BigDecimal amount = component.amount();
            out.append(out.length() == 0 ? ", so the sites would have had " : " and ")
                    .append(Dose.format(amount.multiply(given).divide(drawn, MathContext.DECIMAL64), drug.doseUnit()))
                    .append(" of ")
                    .append(drug.name())
                    .append(" from ")
                    .append(Dose.format(amount, drug.doseUnit()))
                    .append(" drawn up");
        }
        return out.toString();
    }
}
