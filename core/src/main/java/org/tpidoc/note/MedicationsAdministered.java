package org.tpidoc.note;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.HcpcsCode;
import org.tpidoc.catalog.ProductForm;
import org.tpidoc.dosing.ComponentUsage;
import org.tpidoc.dosing.Dose;
import org.tpidoc.dosing.SessionDoses;

/**
 * The note's medications administered: each drug with its session total and, in brackets, the
 * products it came from with lot and expiry. A diluent is given as the volume injected rather than a
 * dose; for a single-dose container (a botulinum toxin vial) the amount discarded is stated, as
 * billing with modifier JW or JZ requires.
 */
final class MedicationsAdministered {

    private final SessionDoses doses;
    private final NoteWords words;

    MedicationsAdministered(SessionDoses doses, NoteWords words) {
        this.doses = doses;
        this.words = words;
    }

    List<NoteBlock> blocks() {
        return List.of(
                words.itemsOrNone(doses.totals().stream().map(this::medication).toList()));
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

    private String source(ComponentUsage usage) {
        String notRecorded = words.text("not-recorded.inline");
        String lot = usage.component().lot();
        String expiry = usage.component().expiry() == null
                ? notRecorded
                : usage.component().expiry().toString();
        String line = words.text("source", usage.product().name(), lot == null ? notRecorded : lot, expiry);
        Optional<HcpcsCode> hcpcs = usage.product().hcpcsCode();
        if (hcpcs.isPresent() && hcpcs.get().singleDoseContainer()) {
            line += ", "
                    + (usage.nothingDiscarded()
                            ? words.text("none-discarded")
                            : words.text(
                                    "discarded",
                                    Dose.format(
                                            usage.discarded(),
                                            usage.product().drug().doseUnit())));
        }
        return line;
    }
}
