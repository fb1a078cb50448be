package org.tpidoc.billing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.HcpcsCode;
import org.tpidoc.dosing.ComponentUsage;
import org.tpidoc.dosing.ContainerSupply;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.dosing.SiteDoses;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.validation.Finding;

/**
 * The HCPCS drug lines of a session and the warnings about them: one administered line per code, in
 * order of first use, with billing units = total given ÷ the code's unit, rounded up. Local
 * anaesthetics and diluents never get a line (bundled into the procedure), even if a vendor's catalogue
 * gives them a HCPCS code.
 *
 * <p>JW/JZ (CMS, every drug from a single-dose container): container units = the single-dose
 * containers' content ÷ the code's unit, rounded up, less the units given from them, rounded up; when
 * positive, a line of its own with JW after the administered line; otherwise JZ on the administered
 * line. A multi-dose container adds no modifier; an unknown one ({@link ContainerSupply}) none either, and a
 * {@code container-unknown} warning at the component.
 *
 * <p>One code drawn from components of different kinds (a single-dose and a multi-dose vial of
 * triamcinolone) still has one administered line, its units rounded up once over everything given, so
 * that splitting never bills a unit more; JW and JZ are decided by the single-dose components alone
 * (what was left of them, in whole units), since only they can be discarded.
 *
 * @param lines the drug lines, in claim order
 * @param findings the {@code container-unknown} warnings, in line order
 */
record DrugLines(List<ChargeLine> lines, List<Finding> findings) {

    /**
     * Decimal places of billing units kept before rounding up. Doses are exact to 16 significant digits;
     * a quotient such as 8.000000000000001 is arithmetic, not drug, and must bill 8 units, not 9.
     */
    private static final int UNIT_SCALE = 6;

    /** Copies the lists. */
    DrugLines {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
    }

    /** The drug lines for the doses of {@code session}. */
    static DrugLines of(InjectionSession session, SessionDoses doses) {
        Map<String, Accumulated> byCode = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (SiteDoses site : doses.sites()) {
            if (site.doses().isEmpty() || site.site().preparation() == null) {
                continue;
            }
            for (ComponentUsage usage : doses.usage()) {
                if (usage.preparationId().equals(site.site().preparation())
                        && usage.administered().signum() > 0) {
                    billable(usage).ifPresent(hcpcs -> byCode.computeIfAbsent(
                                    hcpcs.code().code(), c -> new Accumulated(hcpcs, usage))
                            .add(usage, session)
                            .ifPresent(findings::add));
                }
            }
        }
        List<ChargeLine> lines = new ArrayList<>();
        byCode.values().forEach(a -> a.addLinesTo(lines));
        return new DrugLines(lines, findings);
    }

    /** Billing units for {@code amount} of a code whose one unit is {@code perUnit}: rounded up. */
    static int units(BigDecimal amount, BigDecimal perUnit) {
        return amount.divide(perUnit, MathContext.DECIMAL64)
                .setScale(UNIT_SCALE, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }

    private static Optional<HcpcsCode> billable(ComponentUsage usage) {
        DrugClass drugClass = usage.product().drug().drugClass();
        if (drugClass.isLocalAnesthetic() || drugClass == DrugClass.DILUENT) {
            return Optional.empty();
        }
        return usage.product().hcpcsCode();
    }

    /** The amounts of one HCPCS code, over every component that bills it (each counted once). */
    private static final class Accumulated {
        private final HcpcsCode hcpcs;
        private final String description;
        private final List<ComponentUsage> counted = new ArrayList<>();
        private BigDecimal administered = BigDecimal.ZERO;
        private BigDecimal singleDoseAdministered = BigDecimal.ZERO;
        private BigDecimal singleDoseContent = BigDecimal.ZERO;
        private boolean anySingleDose;

        Accumulated(HcpcsCode hcpcs, ComponentUsage first) {
            this.hcpcs = hcpcs;
            String display = hcpcs.code().display();
            this.description =
                    display != null ? display : first.product().drug().name();
        }

        /** Counts {@code usage} once; the warning when its container is unknown. */
        Optional<Finding> add(ComponentUsage usage, InjectionSession session) {
            if (counted.contains(usage)) {
                return Optional.empty();
            }
            counted.add(usage);
            administered = administered.add(usage.administered());
            ContainerSupply supply = ContainerSupply.of(usage);
            if (supply.isSingleDose()) {
                anySingleDose = true;
                singleDoseAdministered = singleDoseAdministered.add(usage.administered());
                singleDoseContent = singleDoseContent.add(supply.content());
            }
            return supply.isUnknown() ? Optional.of(containerUnknown(usage, supply, session)) : Optional.empty();
        }

        void addLinesTo(List<ChargeLine> lines) {
            int given = units(administered, hcpcs.perUnit());
            if (!anySingleDose) {
                lines.add(line(given, List.of()));
                return;
            }
            int discarded = Math.max(
                    0, units(singleDoseContent, hcpcs.perUnit()) - units(singleDoseAdministered, hcpcs.perUnit()));
            if (discarded == 0) {
                lines.add(line(given, List.of(ChargeLine.NOTHING_DISCARDED)));
            } else {
                lines.add(line(given, List.of()));
                lines.add(line(discarded, List.of(ChargeLine.DISCARDED)));
            }
        }

        private Finding containerUnknown(ComponentUsage usage, ContainerSupply supply, InjectionSession session) {
            return BillingCode.CONTAINER_UNKNOWN.at(
                    componentPath(session, usage),
                    "HCPCS " + hcpcs.code().code() + " is billed without JW or JZ: "
                            + usage.product().name() + " was given but " + supply.unknownBecause() + ".");
        }

        private ChargeLine line(int units, List<String> modifiers) {
            return new ChargeLine(CodeSystems.HCPCS, hcpcs.code().code(), units, modifiers, description);
        }
    }

    /**
     * {@code $.preparations[i].components[j]}: sites resolve a preparation id to the first preparation with
     * it, the only one whose components can have been given.
     */
    private static String componentPath(InjectionSession session, ComponentUsage usage) {
        int preparation = 0;
        while (preparation < session.preparations().size()
                && !session.preparations().get(preparation).id().equals(usage.preparationId())) {
            preparation++;
        }
        return "$.preparations[" + preparation + "].components[" + usage.index() + "]";
    }
}
