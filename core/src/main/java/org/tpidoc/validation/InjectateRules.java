package org.tpidoc.validation;

import static org.tpidoc.validation.ValidationCode.INJECTATE_MISSING;
import static org.tpidoc.validation.ValidationCode.INJECTATE_WITH_DRY_NEEDLING;

import java.util.List;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Technique;

/**
 * The technique and the sites agree: every site of an injection has a preparation and a volume
 * ({@code injectate-missing}, one finding per site, pointing at what is missing); no site of dry
 * needling has either ({@code injectate-with-dry-needling}).
 */
final class InjectateRules implements Rule {

    @Override
    public void check(RuleInput input, List<Finding> out) {
        List<InjectionSite> sites = input.session().sites();
        boolean injection = input.session().technique() == Technique.INJECTION;
        for (int i = 0; i < sites.size(); i++) {
            InjectionSite site = sites.get(i);
            if (injection) {
                checkInjected(input, i, site, out);
            } else if (site.hasInjectate()) {
                out.add(INJECTATE_WITH_DRY_NEEDLING.at(
                        "$.sites[" + i + "]",
                        "the session is dry needling but " + input.siteInWords(i)
                                + " records an injectate; remove the preparation and volume, or record the"
                                + " technique as injection"));
            }
        }
    }

    private static void checkInjected(RuleInput input, int index, InjectionSite site, List<Finding> out) {
        boolean noPreparation = site.preparation() == null;
        boolean noVolume = site.volumeMl() == null;
        if (!noPreparation && !noVolume) {
            return;
        }
        String missing;
        String path = "$.sites[" + index + "]";
        if (noPreparation && noVolume) {
            missing = "no preparation and no volume";
        } else if (noPreparation) {
            missing = "no preparation";
            path += ".preparation";
        } else {
            missing = "no volume";
            path += ".volumeMl";
        }
        out.add(INJECTATE_MISSING.at(
                path,
                input.siteInWords(index) + " has " + missing + "; an injection site needs the preparation"
                        + " injected and the volume given there"));
    }
}
