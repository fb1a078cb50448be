package org.tpidoc.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.dosing.Dose;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.dosing.DoseLimits;
import org.tpidoc.session.Component;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.SkinPreparation;
import org.tpidoc.session.TimeOut;

/**
 * Plants a {@link Defect} in a session: first the {@link Spec} the valid session must be made to (a
 * chest-wall site for a missing pneumothorax disclosure, a corticosteroid for an allergy conflict, ...),
 * then the one change that makes it defective. Slugs planted as unknown are real names that the
 * catalogue does not hold; none is a code.
 */
final class Defects {

    private static final Set<Scenario> INJECTION = EnumSet.complementOf(EnumSet.of(Scenario.DRY_NEEDLING));
    private static final Set<Scenario> CHEST_WALL_FAMILIES =
            EnumSet.of(Scenario.NECK_SHOULDER, Scenario.HEADACHE, Scenario.CHEST_WALL, Scenario.BOTULINUM_TOXIN);
    /** The scenarios whose family holds a muscle and a part of it (scalenes, iliopsoas). */
    private static final Set<Scenario> OVERLAP_FAMILIES = EnumSet.of(Scenario.NECK_SHOULDER, Scenario.LOW_BACK);

    private static final Set<Scenario> TOXIN = EnumSet.of(Scenario.BOTULINUM_TOXIN);
    private static final DoseCalculator DOSES = new DoseCalculator(Catalog.builtIn());

    /** The default onabotulinumtoxinA maximum over 3 months, in units. */
    private static final BigDecimal TOXIN_MAXIMUM =
            DoseLimits.defaults().forDrug("onabotulinumtoxina").orElseThrow().absoluteMax();

    private Defects() {}

    /** The spec a session must be made to before {@code defect} is planted. */
    static Spec spec(Defect defect, Set<Scenario> scenarios) {
        Spec base = Spec.valid(scenarios)
                .withStatus(defect == Defect.ABORTED_WITHOUT_REASON ? SessionStatus.ABORTED : SessionStatus.COMPLETED);
        return switch (defect) {
            case PNEUMOTHORAX_NOT_DISCLOSED ->
                base.onlyFrom(CHEST_WALL_FAMILIES).withChestWall();
            case STEROID_EFFECTS_NOT_DISCLOSED, ALLERGY_CONFLICT ->
                base.onlyFrom(Spec.LIQUID).withSteroid();
            case TOXIN_SPREAD_NOT_DISCLOSED -> base.onlyFrom(EnumSet.of(Scenario.BOTULINUM_TOXIN));
            case UNKNOWN_PRODUCT, UNKNOWN_PREPARATION, INJECTATE_MISSING, VOLUME_INVALID -> base.onlyFrom(INJECTION);
            case INJECTATE_WITH_DRY_NEEDLING -> base.onlyFrom(EnumSet.of(Scenario.DRY_NEEDLING));
            case VOLUME_HIGH -> base.onlyFrom(Spec.LIQUID).withHighVolumeSite();
            case DUPLICATE_SITE -> base.withDuplicateSite();
            case LIDOCAINE_ABOVE_MAXIMUM ->
                base.onlyFrom(Spec.LIQUID).withDosing(Spec.Dosing.LIDOCAINE_ABOVE_MAXIMUM, 3);
            case LOCAL_ANESTHETICS_COMBINED_ABOVE_MAXIMUM ->
                base.onlyFrom(Spec.LIQUID).withDosing(Spec.Dosing.COMBINED_ABOVE_MAXIMUM, 4);
            case WEIGHT_MISSING -> base.onlyFrom(Spec.LIQUID).withLocalAnaesthetic();
            case COMPONENT_EXPIRED -> base.onlyFrom(INJECTION);
            case OVERLAPPING_SITES -> base.onlyFrom(OVERLAP_FAMILIES).withOverlappingSite();
            case VOLUME_EXCEEDS_PREPARATION -> base.onlyFrom(Spec.LIQUID);
            case TOXIN_ABOVE_MAXIMUM_OVER_90_DAYS, PRIOR_TOXIN_DOSE_UNKNOWN -> base.onlyFrom(TOXIN);
            default -> base;
        };
    }

    /** {@code session} (made to {@link #spec}) with {@code defect} planted. */
    static InjectionSession plant(Defect defect, InjectionSession session, Rng rng) {
        InjectionSession.Builder b = session.toBuilder();
        InformedConsent consent = session.consent();
        switch (defect) {
            case CONSENT_MISSING -> b.consent(null);
            case CONSENT_AFTER_START ->
                b.consent(consentAt(consent, session.start().plusMinutes(rng.between(1, 10))));
            case PNEUMOTHORAX_NOT_DISCLOSED -> b.consent(withoutRisk(consent, "pneumothorax"));
            case STEROID_EFFECTS_NOT_DISCLOSED -> b.consent(withoutRisk(consent, "steroid-effects"));
            case TOXIN_SPREAD_NOT_DISCLOSED -> b.consent(withoutRisk(consent, "botulinum-toxin-spread"));
            case TIME_OUT_MISSING -> b.timeOut(null);
            case TIME_OUT_AFTER_START -> b.timeOut(new TimeOut(session.start().plusMinutes(rng.between(1, 5)), true));
            case END_MISSING -> b.end(null);
            case END_BEFORE_START -> b.end(session.start().minusMinutes(rng.between(5, 30)));
            case NO_SITES -> b.sites(List.of());
            case UNKNOWN_MUSCLE ->
                b.sites(changeSite(
                        session,
                        s -> rename(s, rng.pick(List.of("vastus-lateralis", "brachioradialis", "tibialis-anterior")))));
            case UNKNOWN_PRODUCT ->
                b.preparations(unknownProduct(session, rng.pick(List.of("procaine-10mg-ml", "ropivacaine-2mg-ml"))));
            case UNKNOWN_PREPARATION -> b.sites(changeSite(session, s -> injected(s, "Z", s.volumeMl())));
            case UNKNOWN_RISK -> b.consent(withRisks(consent, plus(consent.risksDisclosed(), "hair-loss")));
            case UNKNOWN_COMPLICATION -> b.complications(plus(session.complications(), "seizure"));
            case UNKNOWN_FINDING -> b.findings(plus(session.findings(), "muscle-nodule"));
            case UNKNOWN_PRIOR_THERAPY -> b.priorTherapies(plus(session.priorTherapies(), "acupuncture"));
            case UNKNOWN_ALLERGY_CLASS -> b.patientFactors(allergic(session.patientFactors(), "penicillin"));
            case INJECTATE_MISSING -> b.sites(changeSite(session, s -> injected(s, s.preparation(), null)));
            case INJECTATE_WITH_DRY_NEEDLING -> b.sites(changeSite(session, s -> injected(s, null, BigDecimal.ONE)));
            case VOLUME_INVALID -> b.sites(changeSite(session, s -> injected(s, s.preparation(), BigDecimal.ZERO)));
            case WEIGHT_MISSING ->
                b.patientFactors(new PatientFactors(
                        null,
                        session.patientFactors().allergies(),
                        session.patientFactors().anticoagulated(),
                        session.patientFactors().botulinumToxinUnitsLast90Days()));
            case ALLERGY_CONFLICT -> b.patientFactors(allergic(session.patientFactors(), "corticosteroid"));
            case ANTICOAGULATED -> b.patientFactors(session.patientFactors().withAnticoagulated(true));
            case PAIN_AFTER_MISSING -> b.painAfter(null);
            case ABORTED_WITHOUT_REASON -> b.statusReason(null);
            case COMPONENT_EXPIRED ->
                b.preparations(expired(session, session.start().toLocalDate().minusDays(rng.between(1, 90))));
            case VOLUME_EXCEEDS_PREPARATION -> b.preparations(drawnShort(session));
            case WEIGHT_IMPLAUSIBLE -> b.patientFactors(implausibleWeight(session.patientFactors()));
            case INDICATION_MISSING -> b.indications(List.of());
            case SKIN_ANTISEPTIC_ALLERGY -> {
                SkinPreparation antiseptic =
                        rng.pick(List.of(SkinPreparation.CHLORHEXIDINE, SkinPreparation.POVIDONE_IODINE));
                b.skinPreparation(antiseptic)
                        .patientFactors(allergic(
                                session.patientFactors(),
                                AllergyClass.of(antiseptic).orElseThrow().code()));
            }
            case TOXIN_ABOVE_MAXIMUM_OVER_90_DAYS ->
                b.patientFactors(session.patientFactors()
                        .withBotulinumToxinUnitsLast90Days(TOXIN_MAXIMUM
                                .subtract(toxinGiven(session))
                                .add(BigDecimal.valueOf(5L * rng.between(1, 10)))));
            case PRIOR_TOXIN_DOSE_UNKNOWN ->
                b.patientFactors(session.patientFactors().withBotulinumToxinUnitsLast90Days(null));
            // Made to the spec already: no change after.
            case VOLUME_HIGH,
                    DUPLICATE_SITE,
                    LIDOCAINE_ABOVE_MAXIMUM,
                    LOCAL_ANESTHETICS_COMBINED_ABOVE_MAXIMUM,
                    OVERLAPPING_SITES -> {}
        }
        return b.build();
    }

    /** The preparations with the first component of the first one expiring on {@code expiry}. */
    private static List<Preparation> expired(InjectionSession session, LocalDate expiry) {
        List<Preparation> preparations = new ArrayList<>(session.preparations());
        Preparation first = preparations.get(0);
        List<Component> components = new ArrayList<>(first.components());
        Component c = components.get(0);
        components.set(0, new Component(c.product(), c.volumeMl(), c.amount(), c.lot(), expiry, c.container()));
        preparations.set(0, new Preparation(first.id(), components));
        return preparations;
    }

    /**
     * The preparations with every component of the first one (all liquid) recorded at half the volume
     * drawn, or a quarter when half would still hold what its sites were given: the doses given stay
     * the same, as every concentration does.
     */
    private static List<Preparation> drawnShort(InjectionSession session) {
        List<Preparation> preparations = new ArrayList<>(session.preparations());
        Preparation first = preparations.get(0);
        BigDecimal given = session.sites().stream()
                .filter(s -> first.id().equals(s.preparation()))
                .map(InjectionSite::volumeMl)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal divisor = first.liquidVolumeMl().compareTo(given.multiply(BigDecimal.valueOf(2))) < 0
                ? BigDecimal.valueOf(2)
                : BigDecimal.valueOf(4);
        List<Component> components = first.components().stream()
                .map(c -> new Component(
                        c.product(), c.volumeMl().divide(divisor), null, c.lot(), c.expiry(), c.container()))
                .toList();
        preparations.set(0, new Preparation(first.id(), components));
        return preparations;
    }

    /** The factors with the weight in pounds when that is above 250, or else with an extra digit (× 10). */
    private static PatientFactors implausibleWeight(PatientFactors factors) {
        BigDecimal kg = factors.weightKg();
        BigDecimal pounds = kg.multiply(new BigDecimal("2.20462")).setScale(0, RoundingMode.HALF_UP);
        BigDecimal wrong = pounds.compareTo(BigDecimal.valueOf(250)) > 0 ? pounds : kg.multiply(BigDecimal.TEN);
        return new PatientFactors(
                wrong, factors.allergies(), factors.anticoagulated(), factors.botulinumToxinUnitsLast90Days());
    }

    /** The onabotulinumtoxinA units given at the session's sites. */
    private static BigDecimal toxinGiven(InjectionSession session) {
        return DOSES.compute(session)
                .total("onabotulinumtoxina")
                .map(Dose::amount)
                .orElseThrow();
    }

    private static InformedConsent consentAt(InformedConsent c, java.time.OffsetDateTime at) {
        return new InformedConsent(
                at,
                c.method(),
                c.obtainedBy(),
                c.signer(),
                c.risksDisclosed(),
                c.alternativesDiscussed(),
                c.questionsAnswered());
    }

    private static InformedConsent withRisks(InformedConsent c, List<String> risks) {
        return new InformedConsent(
                c.obtainedAt(),
                c.method(),
                c.obtainedBy(),
                c.signer(),
                risks,
                c.alternativesDiscussed(),
                c.questionsAnswered());
    }

    private static InformedConsent withoutRisk(InformedConsent c, String risk) {
        if (!c.risksDisclosed().contains(risk)) {
            throw new IllegalStateException("the session does not disclose " + risk + ": spec not met");
        }
        return withRisks(
                c, c.risksDisclosed().stream().filter(r -> !r.equals(risk)).toList());
    }

    private static PatientFactors allergic(PatientFactors factors, String drugClass) {
        return factors.withAllergies(plus(factors.allergies(), drugClass));
    }

    private static List<String> plus(List<String> values, String value) {
        List<String> out = new ArrayList<>(values);
        out.add(value);
        return out;
    }

    /** The sites with the first one changed. */
    private static List<InjectionSite> changeSite(InjectionSession session, UnaryOperator<InjectionSite> change) {
        List<InjectionSite> sites = new ArrayList<>(session.sites());
        sites.set(0, change.apply(sites.get(0)));
        return sites;
    }

    private static InjectionSite rename(InjectionSite s, String muscle) {
        return new InjectionSite(
                muscle,
                s.laterality(),
                null,
                s.points(),
                s.twitchResponse(),
                s.referredPainReproduced(),
                s.preparation(),
                s.volumeMl());
    }

    private static InjectionSite injected(
            InjectionSite s,
            @org.jspecify.annotations.Nullable String preparation,
            @org.jspecify.annotations.Nullable BigDecimal volumeMl) {
        return new InjectionSite(
                s.muscle(),
                s.laterality(),
                s.detail(),
                s.points(),
                s.twitchResponse(),
                s.referredPainReproduced(),
                preparation,
                volumeMl);
    }

    /** The preparations with the first component of the first one renamed to a product the catalogue lacks. */
    private static List<Preparation> unknownProduct(InjectionSession session, String product) {
        List<Preparation> preparations = new ArrayList<>(session.preparations());
        Preparation first = preparations.get(0);
        List<Component> components = new ArrayList<>(first.components());
        Component c = components.get(0);
        components.set(0, new Component(product, c.volumeMl(), c.amount(), c.lot(), c.expiry(), c.container()));
        preparations.set(0, new Preparation(first.id(), components));
        return preparations;
    }
}
