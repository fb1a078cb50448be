package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.DUPLICATE_SITE;
import static org.tpidoc.validation.ValidationCode.NO_SITES;
import static org.tpidoc.validation.ValidationCode.OVERLAPPING_SITES;
import static org.tpidoc.validation.ValidationCode.VOLUME_HIGH;
import static org.tpidoc.validation.ValidationCode.VOLUME_INVALID;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.SessionStatus;

/**
 * The sites: a completed session has at least one ({@code no-sites}); a volume is positive ({@code
 * volume-invalid}) and at most {@value #MAX_ML_PER_POINT} mL per point ({@code volume-high}, exactly
 * at the limit passes); a muscle on one side is recorded once ({@code duplicate-site}: left and right
 * of one muscle are two sites); a muscle and a part of it are not both recorded on one side ({@code
 * overlapping-sites}, a warning on each site of the part: scalenes and scalenus anterior, iliopsoas and
 * psoas major, following {@link Muscle#partOf()} in the catalogue in use, transitively).
 */
final class SiteRules implements Rule {

    /** The highest volume per trigger point, in mL, that passes without a warning. */
    static final int MAX_ML_PER_POINT = 3;

    @Override
    public void check(RuleInput input, List<Finding> out) {
        List<InjectionSite> sites = input.session().sites();
        if (sites.isEmpty() && input.is(SessionStatus.COMPLETED)) {
            out.add(NO_SITES.at("$.sites", "a completed session needs at least one site; record the sites needled"));
        }
        Map<MuscleSide, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            InjectionSite site = sites.get(i);
            checkVolume(input, i, site, out);
            Integer first = firstIndex.putIfAbsent(new MuscleSide(site.muscle(), site.laterality()), i);
            if (first != null) {
                out.add(DUPLICATE_SITE.at(
                        "$.sites[" + i + "]",
                        input.siteInWords(i) + " is recorded twice (also at site " + first
                                + "); record each muscle and side once, with all its points"));
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            checkOverlap(input, i, firstIndex, out);
        }
    }

    /** Warns when a muscle that site {@code index}'s muscle is part of is also recorded on its side. */
    private static void checkOverlap(
            RuleInput input, int index, Map<MuscleSide, Integer> firstIndex, List<Finding> out) {
        InjectionSite site = input.session().sites().get(index);
        for (String whole : input.catalog().musclesContaining(site.muscle())) {
            Integer other = firstIndex.get(new MuscleSide(whole, site.laterality()));
            if (other != null) {
                out.add(OVERLAPPING_SITES.at(
                        "$.sites[" + index + "]",
                        input.siteInWords(index) + " is part of " + input.siteInWords(other)
                                + ", also recorded (at site " + other + "); record the whole muscle or the"
                                + " part, once, with all its points"));
                return;
            }
        }
    }

    private static void checkVolume(RuleInput input, int index, InjectionSite site, List<Finding> out) {
        BigDecimal volume = site.volumeMl();
        if (volume == null) {
            return;
        }
        String path = "$.sites[" + index + "].volumeMl";
        if (volume.signum() <= 0) {
            out.add(VOLUME_INVALID.at(
                    path,
                    "the volume at " + input.siteInWords(index) + " is " + Describe.number(volume)
                            + " mL; a volume must be greater than 0 mL (leave it out for dry needling)"));
            return;
        }
        BigDecimal points = BigDecimal.valueOf(site.points());
        if (volume.compareTo(points.multiply(BigDecimal.valueOf(MAX_ML_PER_POINT))) > 0) {
            BigDecimal perPoint = volume.divide(points, MathContext.DECIMAL64);
            out.add(VOLUME_HIGH.at(
                    path,
                    Describe.number(volume) + " mL at " + site.points() + " point(s) of " + input.siteInWords(index)
                            + " is " + Describe.number(perPoint) + " mL per point, above " + MAX_ML_PER_POINT
                            + " mL; check the volume and the number of points"));
        }
    }
}
