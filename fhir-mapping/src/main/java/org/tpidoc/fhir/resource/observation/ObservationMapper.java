package org.tpidoc.fhir.resource.observation;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.fhir.datatype.BodySites;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.PainScore;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/**
 * The session's observations, each part of the {@code Procedure}: the pain score before and after (LOINC
 * 72514-3, an integer 0–10, category survey), and at each site whether a local twitch response was
 * elicited and whether the referred pain was reproduced (codes of our {@code finding} code system, at
 * the site's body site).
 */
public final class ObservationMapper {

    /** LOINC 72514-3, the 0–10 numeric pain rating. */
    public static final Concept PAIN_SEVERITY =
            new Concept(CodeSystems.LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
    /** {@code Observation.category}: survey. */
    public static final Concept SURVEY =
            new Concept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey");

    private ObservationMapper() {}

    /** The pain observations (before, then after) when included, then the site observations when included. */
    public static List<Observation> map(MappingContext context) {
        InjectionSession session = context.session();
        List<Observation> observations = new ArrayList<>();
        if (context.options().includes(Include.PAIN_OBSERVATIONS)) {
            if (session.painBefore() != null) {
                observations.add(pain(context, Roles.PAIN_BEFORE, "before", session.painBefore()));
            }
            if (session.painAfter() != null) {
                observations.add(pain(context, Roles.PAIN_AFTER, "after", session.painAfter()));
            }
        }
        if (context.options().includes(Include.SITE_OBSERVATIONS)) {
            for (int i = 0; i < session.sites().size(); i++) {
                observations.add(twitchResponse(context, i, session.sites().get(i)));
                observations.add(referredPain(context, i, session.sites().get(i)));
            }
        }
        return observations;
    }

    private static Observation pain(MappingContext context, String role, String timing, PainScore score) {
        Observation observation = common(context, role);
        observation.setText(Narratives.labelled(
                "Pain " + timing + " the procedure", "Pain (0-10)", Integer.toString(score.score())));
        context.addExtension(observation, Extensions.ASSESSMENT_TIMING, new CodeType(timing));
        observation.addCategory(Concepts.codeable(SURVEY));
        observation.setCode(Concepts.codeable(PAIN_SEVERITY));
        if (score.at() != null) {
            observation.setEffective(Times.dateTime(score.at()));
        }
        return observation.setValue(new IntegerType(score.score()));
    }

    private static Observation twitchResponse(MappingContext context, int index, InjectionSite site) {
        Observation observation = atSite(context, Roles.twitchResponse(index), site, "local-twitch-response");
        String words = OwnCodes.words(site.twitchResponse());
        observation.setText(Narratives.labelled("Local twitch response", label(context, site), words));
        return observation.setValue(context.ownConcept(OwnCodes.TWITCH_RESPONSE, site.twitchResponse()));
    }

    private static Observation referredPain(MappingContext context, int index, InjectionSite site) {
        Observation observation = atSite(context, Roles.referredPain(index), site, "referred-pain");
        String words = site.referredPainReproduced() ? "Reproduced" : "Not reproduced";
        observation.setText(Narratives.labelled("Referred pain", label(context, site), words));
        return observation.setValue(new BooleanType(site.referredPainReproduced()));
    }

    private static Observation atSite(MappingContext context, String role, InjectionSite site, String finding) {
        Observation observation = common(context, role);
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

    private static Observation common(MappingContext context, String role) {
        Observation observation = new Observation();
        observation.setId(context.id(role));
        observation.addPartOf(context.procedure());
        observation.setStatus(context.enteredInError() ? ObservationStatus.ENTEREDINERROR : ObservationStatus.FINAL);
        observation.setSubject(context.patient());
        context.encounter().ifPresent(observation::setEncounter);
        context.performer().ifPresent(observation::addPerformer);
        return observation;
    }

    private static String label(MappingContext context, InjectionSite site) {
        return BodySites.label(context.muscleName(site.muscle()), site.laterality(), site.detail());
    }
}
