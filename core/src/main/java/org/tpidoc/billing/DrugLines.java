package org.tpidoc.billing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.HcpcsCode;
import org.tpidoc.dosing.ComponentUsage;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.dosing.SiteDoses;
import org.tpidoc.terminology.CodeSystems;

/**
 * The HCPCS drug lines of a session: one per code, in order of first use, with billing units = total
 * dose ÷ the code's unit, rounded up; for a single-dose container the discarded remainder on its own
 * line with JW, or JZ on the administered line when nothing was discarded. Local anaesthetics and
 * diluents never get a line (bundled into the procedure), even if a vendor's catalogue gives them a
 * HCPCS code.
 */
final class DrugLines {

    /**
     * Decimal places of billing units kept before rounding up. Doses are exact to 16 significant digits;
     * a quotient such as 8.000000000000001 is arithmetic, not drug, and must bill 8 units, not 9.
     */
    private static final int UNIT_SCALE = 6;

    private DrugLines() {}

    /** The drug lines for these doses. */
    static List<ChargeLine> of(SessionDoses doses) {
        Map<String, Accumulated> byCode = new LinkedHashMap<>();
        for (SiteDoses site : doses.sites()) {
            if (site.doses().isEmpty() || site.site().preparation() == null) {
                continue;
            }
            for (ComponentUsage usage : doses.usage()) {
                if (usage.preparationId().equals(site.site().preparation())
                        && usage.administered().signum() > 0) {
                    billable(usage).ifPresent(hcpcs -> byCode.computeIfAbsent(
                                    hcpcs.code().code(), c -> new Accumulated(hcpcs, usage))
                            .add(usage));
                }
            }
        }
        List<ChargeLine> lines = new ArrayList<>();
        byCode.values().forEach(a -> a.addLinesTo(lines));
        return lines;
    }

    /** Billing units for {@code amount} of a code whose one unit is {@code perUnit}: rounded up. */
    static int units(BigDecimal amount, BigDecimal perUnit) {
        return amount.divide(perUnit, MathContext.DECIMAL64)
                .setScale(UNIT_SCALE, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }

    private static java.util.Optional<HcpcsCode> billable(ComponentUsage usage) {
        DrugClass drugClass = usage.product().drug().drugClass();
        if (drugClass.isLocalAnesthetic() || drugClass == DrugClass.DILUENT) {
            return java.util.Optional.empty();
        }
        return usage.product().hcpcsCode();
    }

    /** The amounts of one HCPCS code, over every component that bills it (each counted once). */
    private static final class Accumulated {
        private final HcpcsCode hcpcs;
        private final String description;
        private final List<ComponentUsage> counted = new ArrayList<>();
        private BigDecimal administered = BigDecimal.ZERO;
        private BigDecimal drawn = BigDecimal.ZERO;

        Accumulated(HcpcsCode hcpcs, ComponentUsage first) {
            this.hcpcs = hcpcs;
            String display = hcpcs.code().display();
            this.description =
                    display != null ? display : first.product().drug().name();
        }

        void add(ComponentUsage usage) {
            if (counted.contains(usage)) {
                return;
            }
            counted.add(usage);
            administered = administered.add(usage.administered());
            drawn = drawn.add(usage.drawn());
        }

        void addLinesTo(List<ChargeLine> lines) {
            String code = hcpcs.code().code();
            int given = units(administered, hcpcs.perUnit());
            if (!hcpcs.singleDoseContainer()) {
                lines.add(line(code, given, List.of()));
                return;
            }
            int discarded = Math.max(0, units(drawn, hcpcs.perUnit()) - given);
            if (discarded == 0) {
                lines.add(line(code, given, List.of(ChargeLine.NOTHING_DISCARDED)));
            } else {
                lines.add(line(code, given, List.of()));
                lines.add(line(code, discarded, List.of(ChargeLine.DISCARDED)));
            }
        }

        private ChargeLine line(String code, int units, List<String> modifiers) {
            return new ChargeLine(CodeSystems.HCPCS, code, units, modifiers, description);
        }
    }
}
