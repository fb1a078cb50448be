package org.tpidoc.synthetic;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Tolerance;

/**
 * The record around the procedure: who and where (made-up references, all marked {@code syn-}),
 * consent, examination findings, prior therapies, outcome, follow-up and a note.
 */
final class Paperwork {

    private static final List<String> EXTRA_RISKS =
            List.of("numbness", "swelling", "stiffness", "headache", "worsening-symptoms", "vascular-injury");
    private static final List<Reference> CLINICIANS = List.of(
            Reference.to("Practitioner/syn-dr-lee", "Dr. A. Lee"),
            Reference.to("Practitioner/syn-dr-okafor", "Dr. R. Okafor"),
            Reference.to("Practitioner/syn-np-ortiz", "J. Ortiz, NP"),
            Reference.to("Practitioner/syn-dr-haddad", "Dr. M. Haddad"),
            Reference.to("Practitioner/syn-dr-novak"));
    private static final List<Reference> PHYSIOTHERAPISTS =
            List.of(Reference.to("Practitioner/syn-pt-hale", "L. Hale, PT"), Reference.to("Practitioner/syn-pt-ames"));
    private static final Map<String, List<String>> DETAILS = Map.of(
            "trapezius", List.of("upper fibres", "middle fibres", "lower fibres"),
            "sternocleidomastoid", List.of("sternal head", "clavicular head"),
            "gluteus-medius", List.of("posterior fibres", "anterior fibres"),
            "quadratus-lumborum", List.of("lateral border"),
            "erector-spinae", List.of("lumbar portion", "thoracolumbar junction"),
            "temporalis", List.of("anterior fibres"),
            "infraspinatus", List.of("medial border"));
    private static final List<String> FINDINGS =
            List.of("taut-band", "jump-sign", "local-twitch-response", "referred-pain");
    private static final double[] FINDING_CHANCES = {0.9, 0.45, 0.35, 0.5};
    private static final List<String> PRIOR_THERAPIES = List.of(
            "heat",
            "massage",
            "myofascial-release",
            "stretching",
            "exercise-therapy",
            "physical-therapy",
            "oral-analgesics");
    private static final List<String> ABORT_REASONS = List.of(
            "vasovagal reaction after the first site", "patient asked to stop", "patient declined further needling");
    private static final List<String> FOLLOW_UP_TEXTS = List.of(
            "Review response; continue home stretching programme.",
            "Review pain diary; consider repeat injection if pain returns.",
            "Continue physical therapy; review in clinic.");
    private static final List<String> NOTES = List.of(
            "Patient positioned prone. Pressure applied after each injection; no bleeding.",
            "Patient seated, supported. Sites cleaned and marked before the time-out.",
            "Aspiration negative before each injection. Band-aids applied.",
            "Patient tolerated the procedure; ice pack given.");

    private Paperwork() {}

    /**
     * Consent before the start, disclosing the {@code required} risks (what the standard consent policy
     * asks for these sites and preparations) and a few more.
     */
    static InformedConsent consent(Rng rng, OffsetDateTime at, Set<String> required, Set<DrugClass> drawn) {
        List<String> risks = new ArrayList<>(required);
        for (String extra : EXTRA_RISKS) {
            if (rng.chance(0.15)) {
                risks.add(extra);
            }
        }
        if (drawn.contains(DrugClass.AMIDE_LOCAL_ANESTHETIC) && rng.chance(0.3)) {
            risks.add("local-anesthetic-toxicity");
        }
        return new InformedConsent(
                at,
                rng.chance(0.8) ? ConsentMethod.WRITTEN : ConsentMethod.VERBAL,
                null,
                rng.pick(
                        List.of(ConsentSigner.PATIENT, ConsentSigner.LEGAL_GUARDIAN, ConsentSigner.HEALTHCARE_PROXY),
                        95,
                        2,
                        3),
                risks,
                rng.chance(0.95),
                true);
    }

    /** A free-text detail for some sites of some muscles. */
    static @Nullable String detail(Rng rng, String muscle) {
        List<String> options = DETAILS.get(muscle);
        return options != null && rng.chance(0.3) ? rng.pick(options) : null;
    }

    /** Everything else: references, findings, therapies, outcome and follow-up, by status. */
    static void fill(Rng rng, InjectionSession.Builder b, SessionStatus status, Scenario scenario, Timeline times) {
        Reference performer = scenario == Scenario.DRY_NEEDLING && rng.chance(0.7)
                ? rng.pick(PHYSIOTHERAPISTS)
                : rng.pick(CLINICIANS);
        b.patient(
                        rng.chance(0.7)
                                ? Reference.to("Patient/syn-" + rng.hex(12))
                                : Reference.byIdentifier("urn:oid:2.16.840.1.113883.19.5", "SYN-" + rng.digits(6)))
                .encounter(rng.chance(0.8) ? Reference.to("Encounter/syn-" + rng.hex(12)) : null)
                .performer(performer)
                .location(rng.chance(0.7) ? Reference.to("Location/syn-clinic-" + rng.between(1, 4)) : null);
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < FINDINGS.size(); i++) {
            if (rng.chance(FINDING_CHANCES[i])) {
                findings.add(FINDINGS.get(i));
            }
        }
        b.findings(findings.isEmpty() ? List.of("taut-band") : findings);
        b.priorTherapies(PRIOR_THERAPIES.stream().filter(t -> rng.chance(0.35)).toList());
        InjectionSession draft = b.build();
        b.consent(withObtainedBy(draft.consent(), rng.chance(0.8) ? performer : null));
        switch (status) {
            case IN_PROGRESS -> b.end(null).painAfter(null).aftercareGiven(false);
            case ABORTED -> {
                String reason = rng.pick(ABORT_REASONS);
                b.statusReason(reason)
                        .end(times.start().plusMinutes(rng.between(2, 6)))
                        .painAfter(new PainScore(draft.painBefore().score(), times.painAfter()))
                        .tolerance(Tolerance.POOR)
                        .aftercareGiven(true);
                if (reason.startsWith("vasovagal")) {
                    b.complications(List.of("vasovagal-reaction"));
                }
            }
            default -> completed(rng, b, draft, scenario, times);
        }
    }

    private static void completed(
            Rng rng, InjectionSession.Builder b, InjectionSession draft, Scenario scenario, Timeline times) {
        int before = draft.painBefore().score();
        b.end(times.end())
                .painAfter(new PainScore(Math.max(0, before - rng.between(0, 5)), times.painAfter()))
                .tolerance(rng.pick(List.of(Tolerance.WELL, Tolerance.FAIR, Tolerance.POOR), 80, 15, 5))
                .aftercareGiven(rng.chance(0.96))
                .estimatedBloodLossMl(
                        rng.chance(0.35)
                                ? null
                                : rng.pick(List.of(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE), 11, 1, 1));
        if (rng.chance(0.03)) {
            b.complications(List.of(rng.pick(List.of("vasovagal-reaction", "bleeding", "hematoma"))));
        }
        if (rng.chance(0.85)) {
            int days = scenario == Scenario.BOTULINUM_TOXIN ? 84 : rng.pick(List.of(14, 21, 28, 42));
            b.followUp(new FollowUp(days, rng.chance(0.6) ? rng.pick(FOLLOW_UP_TEXTS) : null));
        }
        if (rng.chance(0.4)) {
            b.note(rng.pick(NOTES));
        }
    }

    private static @Nullable InformedConsent withObtainedBy(@Nullable InformedConsent consent, @Nullable Reference by) {
        if (consent == null) {
            return null;
        }
        return new InformedConsent(
                consent.obtainedAt(),
                consent.method(),
                by,
                consent.signer(),
                consent.risksDisclosed(),
                consent.alternativesDiscussed(),
                consent.questionsAnswered());
    }
}
