package org.tpidoc.synthetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Product;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Needle;
import org.tpidoc.session.Needling;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.SkinPreparation;
import org.tpidoc.session.Technique;
import org.tpidoc.session.TimeOut;
import org.tpidoc.session.TwitchResponse;
import org.tpidoc.synthetic.Injectates.Injected;
import org.tpidoc.validation.ConsentPolicy;

/**
 * Makes one session to a {@link Spec} from one {@link Rng}: the clinical core here (scenario, sites,
 * preparations, times, consent, technique), the record's surroundings in {@link Paperwork}.
 */
final class SessionFactory {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final UUID DRAFT_ID = new UUID(0, 0);
    private static final Reference DRAFT_PATIENT = Reference.to("Patient/syn-draft");

    private SessionFactory() {}

    static InjectionSession create(Rng rng, Spec spec) {
        Scenario scenario = pickScenario(rng, spec.scenarios());
        Family family = scenario.family(rng);
        SessionStatus status = spec.status() != null
                ? spec.status()
                : rng.pick(
                        List.of(SessionStatus.COMPLETED, SessionStatus.IN_PROGRESS, SessionStatus.ABORTED), 94, 3, 3);
        int minSites = Math.max(spec.minSites(), scenario == Scenario.BOTULINUM_TOXIN ? 2 : 1);
        List<MuscleSide> pairs = new ArrayList<>(Sites.choose(rng, family, minSites, spec.chestWall(), CATALOG));
        if (status == SessionStatus.ABORTED && spec.status() == null) {
            pairs = new ArrayList<>(pairs.subList(0, Math.max(1, pairs.size() / 2)));
        }
        if (spec.overlappingSite()) {
            pairs = new ArrayList<>(Sites.withOverlap(rng, family, pairs, CATALOG));
        }
        if (spec.duplicateSite()) {
            // Second, so that a toxin vial running out (which drops sites from the end) keeps it.
            pairs.add(1, pairs.get(0));
        }
        // Lidocaine and bupivacaine at 60% of their maxima fit in 4 sites of 6 mL up to 55 kg.
        BigDecimal weightKg = spec.dosing() == Spec.Dosing.COMBINED_ABOVE_MAXIMUM
                ? BigDecimal.valueOf(rng.between(45, 55))
                : weight(rng);
        Timeline times = Timeline.of(
                rng, 8 + 3 * pairs.size() + rng.below(11) + (scenario == Scenario.BOTULINUM_TOXIN ? 10 : 0));
        Injectates.Plan plan =
                switch (scenario) {
                    case DRY_NEEDLING -> Injectates.needled(rng, pairs);
                    case BOTULINUM_TOXIN -> Injectates.toxin(rng, pairs, times.day());
                    default -> Injectates.liquid(rng, pairs, spec, weightKg, times.day());
                };
        List<InjectionSite> sites =
                plan.sites().stream().map(s -> site(rng, scenario, s)).toList();
        Technique technique = scenario.isInjection() ? Technique.INJECTION : Technique.DRY_NEEDLING;
        Set<DrugClass> drawn = drawnClasses(plan.preparations());

        InjectionSession.Builder b = InjectionSession.builder()
                .id(rng.uuid())
                .status(status)
                .start(times.start())
                .technique(technique)
                .preparations(plan.preparations())
                .sites(sites)
                .indications(family.indications(rng, sites))
                .patientFactors(
                        new PatientFactors(weightKg, allergies(rng, drawn), false, priorToxinUnits(rng, scenario)))
                .painBefore(new PainScore(rng.between(4, 9), times.painBefore()));
        Set<String> required = requiredRisks(times, technique, plan.preparations(), sites);
        b.consent(Paperwork.consent(rng, times.consent(), required, drawn))
                .timeOut(new TimeOut(times.timeOut(), rng.chance(0.8)))
                .guidance(guidance(rng, scenario, sites))
                .skinPreparation(skinPreparation(rng, technique))
                .needling(needling(rng, scenario))
                .needle(needle(rng, scenario, sites));
        Paperwork.fill(rng, b, status, scenario, times);
        Conduct.fill(rng, b, scenario);
        return b.build();
    }

    private static Scenario pickScenario(Rng rng, Set<Scenario> scenarios) {
        List<Scenario> options = EnumSet.copyOf(scenarios).stream().toList();
        return rng.pick(options, options.stream().mapToInt(Scenario::weight).toArray());
    }

    /** 45–120 kg, most around 80 kg; whole kilograms, now and then a half. */
    private static BigDecimal weight(Rng rng) {
        double spread = (rng.unit() + rng.unit() + rng.unit()) / 3;
        BigDecimal kg = BigDecimal.valueOf(45 + Math.round(spread * 75));
        return rng.chance(0.2) && kg.intValue() < 120 ? kg.add(new BigDecimal("0.5")) : kg;
    }

    private static InjectionSite site(Rng rng, Scenario scenario, Injected s) {
        TwitchResponse twitch =
                switch (scenario) {
                    case BOTULINUM_TOXIN ->
                        rng.pick(List.of(TwitchResponse.NOT_ASSESSED, TwitchResponse.ELICITED), 8, 2);
                    case DRY_NEEDLING -> rng.pick(List.of(TwitchResponse.values()), 60, 25, 15);
                    default -> rng.pick(List.of(TwitchResponse.values()), 45, 30, 25);
                };
        return new InjectionSite(
                s.pair().muscle(),
                s.pair().laterality(),
                Paperwork.detail(rng, s.pair().muscle()),
                s.points(),
                twitch,
                rng.chance(0.4),
                s.preparation(),
                s.volumeMl());
    }

    /**
     * For a botulinum toxin session, the onabotulinumtoxinA units of the previous 90 days: mostly none,
     * now and then 50–100 units (with a vial of at most 200 units today, never above the 400 units of
     * 3 months); not recorded ({@code null}) for other sessions.
     */
    private static @Nullable BigDecimal priorToxinUnits(Rng rng, Scenario scenario) {
        if (scenario != Scenario.BOTULINUM_TOXIN) {
            return null;
        }
        return rng.chance(0.85) ? BigDecimal.ZERO : BigDecimal.valueOf(5L * rng.between(10, 20));
    }

    private static Set<DrugClass> drawnClasses(List<Preparation> preparations) {
        Set<DrugClass> classes = EnumSet.noneOf(DrugClass.class);
        preparations.stream()
                .flatMap(p -> p.components().stream())
                .flatMap(c -> CATALOG.product(c.product()).stream())
                .map(Product::drug)
                .forEach(d -> classes.add(d.drugClass()));
        return classes;
    }

    /** Now and then an allergy, always to a class not drawn up. */
    private static List<String> allergies(Rng rng, Set<DrugClass> drawn) {
        List<DrugClass> others = EnumSet.complementOf(EnumSet.copyOf(withDiluent(drawn))).stream()
                .toList();
        if (others.isEmpty() || !rng.chance(0.08)) {
            return List.of();
        }
        return List.of(rng.pick(others).code());
    }

    private static Set<DrugClass> withDiluent(Set<DrugClass> drawn) {
        Set<DrugClass> out = EnumSet.of(DrugClass.DILUENT);
        out.addAll(drawn);
        return out;
    }

    private static Guidance guidance(Rng rng, Scenario scenario, List<InjectionSite> sites) {
        double ultrasound =
                switch (scenario) {
                    case BOTULINUM_TOXIN -> 0.85;
                    case DRY_NEEDLING -> 0.05;
                    default -> anyDeep(sites) ? 0.15 : 0.05;
                };
        return rng.chance(ultrasound) ? Guidance.ULTRASOUND : Guidance.PALPATION;
    }

    private static SkinPreparation skinPreparation(Rng rng, Technique technique) {
        return technique == Technique.DRY_NEEDLING
                ? rng.pick(List.of(SkinPreparation.ISOPROPYL_ALCOHOL, SkinPreparation.CHLORHEXIDINE))
                : rng.pick(
                        List.of(
                                SkinPreparation.CHLORHEXIDINE,
                                SkinPreparation.POVIDONE_IODINE,
                                SkinPreparation.ISOPROPYL_ALCOHOL),
                        60,
                        25,
                        15);
    }

    private static @Nullable Needling needling(Rng rng, Scenario scenario) {
        List<Needling> options = new ArrayList<>(List.of(Needling.FANNING, Needling.SINGLE_PASS));
        options.add(null);
        return scenario == Scenario.BOTULINUM_TOXIN ? rng.pick(options, 0, 7, 3) : rng.pick(options, 5, 3, 2);
    }

    private static Needle needle(Rng rng, Scenario scenario, List<InjectionSite> sites) {
        boolean deep = anyDeep(sites);
        return switch (scenario) {
            case BOTULINUM_TOXIN -> rng.chance(0.7) ? Needle.of(30, rng.pick(List.of(13, 25))) : Needle.of(27, 38);
            case DRY_NEEDLING ->
                Needle.of(rng.pick(List.of(30, 32)), deep ? rng.pick(List.of(60, 75)) : rng.pick(List.of(30, 40, 50)));
            default ->
                deep
                        ? Needle.of(rng.pick(List.of(22, 25)), rng.pick(List.of(38, 50, 64, 90), 2, 3, 3, 1))
                        : Needle.of(rng.pick(List.of(25, 27), 1, 3), rng.pick(List.of(25, 38)));
        };
    }

    private static boolean anyDeep(List<InjectionSite> sites) {
        return sites.stream().anyMatch(s -> Family.DEEP.contains(s.muscle()));
    }

    /**
     * What {@link ConsentPolicy#standard()} requires disclosed for these sites and preparations, asked of
     * a draft holding them (the policy reads nothing else; the patient is chosen later, with the
     * paperwork).
     */
    private static Set<String> requiredRisks(
            Timeline times, Technique technique, List<Preparation> preparations, List<InjectionSite> sites) {
        InjectionSession draft = InjectionSession.builder()
                .id(DRAFT_ID)
                .patient(DRAFT_PATIENT)
                .start(times.start())
                .technique(technique)
                .preparations(preparations)
                .sites(sites)
                .build();
        return ConsentPolicy.standard().requiredRisks(draft, CATALOG);
    }
}
