package org.tpidoc.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Region;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Position;
import org.tpidoc.session.PostProcedure;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SessionStatus;

/**
 * The record parts drawn last, so that a seed gives the same core session as before they existed:
 * the vials the components came from, the position, aspiration, the observation after the procedure,
 * the attestation, and whether anticoagulation was recorded. Every part is sometimes left unrecorded, as
 * in real records.
 */
final class Conduct {

    private static final Catalog CATALOG = Catalog.builtIn();

    private Conduct() {}

    /** Adds the conduct parts to {@code b}, which already holds the rest of the session. */
    static void fill(Rng rng, InjectionSession.Builder b, Scenario scenario) {
        InjectionSession draft = b.build();
        b.preparations(draft.preparations().stream()
                        .map(p -> withContainers(rng, p))
                        .toList())
                .position(rng.chance(0.85) ? position(rng, draft) : null)
                .aspirationBeforeInjection(draft.isInjection() && rng.chance(0.7) ? Boolean.TRUE : null)
                .patientFactors(factors(rng, draft));
        if (draft.status() != SessionStatus.IN_PROGRESS && rng.chance(0.6)) {
            int minutes =
                    scenario == Scenario.BOTULINUM_TOXIN ? rng.pick(List.of(15, 20, 30)) : rng.pick(List.of(5, 10, 15));
            b.postProcedure(new PostProcedure(minutes, rng.chance(0.9) ? Boolean.TRUE : null));
        }
        if (draft.status() != SessionStatus.IN_PROGRESS
                && draft.performer() != null
                && draft.end() != null
                && rng.chance(0.7)) {
            b.attestation(new Attestation(draft.performer(), draft.end().plusMinutes(rng.between(5, 90))));
        }
    }

    private static Preparation withContainers(Rng rng, Preparation preparation) {
        return new Preparation(
                preparation.id(),
                preparation.components().stream()
                        .map(c -> withContainer(rng, c))
                        .toList());
    }

    /** Half the components say their vial: toxin and saline single-dose, steroid 1 mL single-dose or multi-dose. */
    private static Component withContainer(Rng rng, Component component) {
        if (!rng.chance(0.5)) {
            return component;
        }
        if (!component.isLiquid()) {
            return component.withContainer(Container.singleDosePowder());
        }
        DrugClass drugClass = CATALOG.product(component.product())
                .map(p -> p.drug().drugClass())
                .orElse(DrugClass.DILUENT);
        BigDecimal drawn = component.volumeMl();
        return switch (drugClass) {
            case CORTICOSTEROID ->
                drawn.compareTo(BigDecimal.ONE) <= 0 && rng.chance(0.6)
                        ? component.withContainer(Container.singleDose(BigDecimal.ONE))
                        : component.withContainer(Container.multiDose());
            case DILUENT -> component.withContainer(Container.singleDose(vialOf(drawn, 10)));
            default ->
                rng.chance(0.7)
                        ? component.withContainer(Container.multiDose())
                        : component.withContainer(Container.singleDose(vialOf(drawn, 5)));
        };
    }

    /** The smallest vial of {@code step} mL multiples holding {@code drawn}. */
    private static BigDecimal vialOf(BigDecimal drawn, int step) {
        BigDecimal steps = drawn.divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING);
        return BigDecimal.valueOf(step).multiply(steps.max(BigDecimal.ONE));
    }

    /** Seated for the head, neck and shoulders; prone for the back and hips; side-lying now and then. */
    private static Position position(Rng rng, InjectionSession draft) {
        Region region = draft.sites().isEmpty()
                ? Region.NECK
                : CATALOG.muscle(draft.sites().get(0).muscle())
                        .map(Muscle::region)
                        .orElse(Region.NECK);
        return switch (region) {
            case HEAD, NECK, SHOULDER -> rng.pick(List.of(Position.SITTING, Position.PRONE), 8, 2);
            case CHEST -> rng.pick(List.of(Position.SUPINE, Position.SITTING), 7, 3);
            default -> rng.pick(List.of(Position.PRONE, Position.SIDE_LYING), 8, 2);
        };
    }

    /** Anticoagulation recorded as no most of the time, not recorded otherwise. */
    private static PatientFactors factors(Rng rng, InjectionSession draft) {
        return draft.patientFactors().withAnticoagulated(rng.chance(0.7) ? Boolean.FALSE : null);
    }
}
