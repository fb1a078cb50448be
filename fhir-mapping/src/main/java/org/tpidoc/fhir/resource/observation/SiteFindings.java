package org.tpidoc.fhir.resource.observation;

import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Observation;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.datatype.BodySites;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSite;

/**
 * The examination findings at one site, both directions: whether a local twitch response was elicited and
 * whether the referred pain was reproduced, codes of our {@code finding} code system at the site's body
 * site. They restate the site, so reading one back only recognises it.
 */
final class SiteFindings {

    private static final String TWITCH_RESPONSE = "local-twitch-response";
    private static final String REFERRED_PAIN = "referred-pain";

    private SiteFindings() {}

    /** The twitch response, then the referred pain, of the site at {@code index}. */
    static List<Observation> toFhir(MappingContext context, int index, InjectionSite site) {
        Observation twitch = atSite(context, Roles.twitchResponse(index), site, TWITCH_RESPONSE);
        twitch.setText(Narratives.labelled(
                "Local twitch response", label(context, site), OwnCodes.words(site.twitchResponse())));
        twitch.setValue(context.ownConcept(OwnCodes.TWITCH_RESPONSE, site.twitchResponse()));
        Observation referred = atSite(context, Roles.referredPain(index), site, REFERRED_PAIN);
        String words = site.referredPainReproduced() ? "Reproduced" : "Not reproduced";
        referred.setText(Narratives.labelled("Referred pain", label(context, site), words));
        referred.setValue(new BooleanType(site.referredPainReproduced()));
        return List.of(twitch, referred);
    }

    /** Whether {@code observation} is one of our site findings (coded in our {@code finding} code system). */
    static boolean isOwn(ReadContext context, Observation observation) {
        return observation.hasCode()
                && CodeReader.own(context, OwnCodes.FINDING, observation.getCode())
                        .filter(code -> code.equals(TWITCH_RESPONSE) || code.equals(REFERRED_PAIN))
                        .isPresent();
    }

    private static Observation atSite(MappingContext context, String role, InjectionSite site, String finding) {
        Observation observation = ObservationTranslator.partOfProcedure(context, role, Profiles.SITE_FINDING);
        String name = context.catalog()
                .finding(finding)
                .map(f -> OwnCodes.words(f.name()))
                .orElse(finding);
        observation.setCode(context.ownConcept(OwnCodes.FINDING, finding, name));
        observation.setEffective(
                Times.period(context.session().start(), context.session().end()));
        observation.setBodySite(
                BodySites.site(context, new MuscleSide(site.muscle(), site.laterality()), site.detail()));
        return observation;
    }

    private static String label(MappingContext context, InjectionSite site) {
        return BodySites.label(context.muscleName(site.muscle()), site.laterality(), site.detail());
    }
}
