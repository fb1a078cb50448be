package org.tpidoc.note;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.ProductForm;
import org.tpidoc.dosing.ComponentUsage;
import org.tpidoc.dosing.ContainerSupply;
import org.tpidoc.dosing.Dose;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.session.Container;

/**
 * The note's medications administered: each drug with its session total and the products it came from
 * with lot, expiry and, when recorded, the vial (single-dose, with its content for a liquid, or
 * multi-dose). A diluent is given as the volume injected rather than a dose; for a product from
 * single-dose vials (recorded so, or single-dose by catalogue like a botulinum toxin vial) the amount
 * discarded from them is stated ({@link ContainerSupply}, as billing counts it for JW or JZ).
 *
 * <p>No medication is "None" when nothing was injected (dry needling, or no site recorded) and "Not
 * recorded" when sites were injected without a dose that can be computed.
 */
final class MedicationsAdministered {

    private final SessionDoses doses;
    private final NoteWords words;

    MedicationsAdministered(SessionDoses doses, NoteWords words) {
        this.doses = doses;
        this.words = words;
    }

    List<NoteBlock> blocks(boolean injectedSites) {
        return List.of(words.itemsOr(
                doses.totals().stream().map(this::medication).toList(),
                injectedSites ? words.notRecorded() : words.none()));
    }

    private String medication(Dose total) {
        List<ComponentUsage> sources = doses.usage().stream()
                .filter(u -> u.product().drug().slug().equals(total.drug().slug())
                        && u.administered().signum() > 0)
                .toList();
        String line = total.drug().drugClass() == DrugClass.DILUENT
                ? words.text("medication.diluent", total.drug().name(), ClinicalFormat.volume(volume(sources)))
                : words.text("medication", total.drug().name(), total.formatted());
        return sources.isEmpty()
                ? line
                : words.text(
                        "medication.sources",
                        line,
                        sources.stream().map(this::source).collect(Collectors.joining("; ")));
    }

    /** The liquid volume of the drug given: what each liquid component gave divided by its concentration. */
    private static BigDecimal volume(List<ComponentUsage> sources) {
        return sources.stream()
                .filter(u -> u.product().form() == ProductForm.LIQUID)
                .map(u -> u.administered().divide(u.product().strength(), MathContext.DECIMAL64))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String container(Container container) {
        if (!container.isSingleDose()) {
            return words.text("container.multi-dose");
        }
        return container.volumeMl() == null
                ? words.text("container.single-dose")
                : words.text("container.single-dose.volume", ClinicalFormat.volume(container.volumeMl()));
    }

    private String source(ComponentUsage usage) {
        String notRecorded = words.text("not-recorded.inline");
        String lot = usage.component().lot();
        String expiry = usage.component().expiry() == null
                ? notRecorded
                : usage.component().expiry().toString();
        String line = words.text("source", usage.product().name(), lot == null ? notRecorded : lot, expiry);
        Container container = usage.component().container();
        if (container != null) {
            line += ", " + container(container);
        }
        ContainerSupply supply = ContainerSupply.of(usage);
        if (supply.isSingleDose()) {
            BigDecimal discarded = supply.discarded(usage);
            line += ", "
                    + (discarded.signum() == 0
                            ? words.text("none-discarded")
                            : words.text(
                                    "discarded",
                                    Dose.format(
                                            discarded, usage.product().drug().doseUnit())));
        }
        return line;
    }
}
