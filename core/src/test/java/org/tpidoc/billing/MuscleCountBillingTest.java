package org.tpidoc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.billing.BillingSessions.base;
import static org.tpidoc.billing.BillingSessions.injection;
import static org.tpidoc.billing.BillingSessions.lidocaine;
import static org.tpidoc.billing.BillingSessions.lines;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Region;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Technique;

/** A muscle and a part of it on one side are one muscle for 20552/20553 and 20560/20561 (DESIGN §6). */
class MuscleCountBillingTest {

    private final BillingCalculator calculator = BillingCalculator.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # sites as muscle:side, …                                     | injection | dry needling
            scalenes:left, scalenus-anterior:left                         | 20552     | 20560
            scalenes:left, scalenus-anterior:right                        | 20552     | 20560
            trapezius:left, scalenes:left, scalenus-anterior:left         | 20552     | 20560
            trapezius:left, scalenes:left, scalenus-anterior:right        | 20553     | 20561
            scalenus-anterior:left, scalenus-anterior:right, scalenes:right | 20552   | 20560
            iliopsoas:right, psoas-major:right, quadratus-lumborum:right  | 20552     | 20560
            iliopsoas:right, psoas-major:left, quadratus-lumborum:right   | 20553     | 20561
            psoas-major:right, quadratus-lumborum:right                   | 20552     | 20560
            """)
    void countsAPartAndItsWholeMuscleOnOneSideOnce(String sites, String injectionCode, String dryNeedlingCode) {
        List<InjectionSite> injected = new ArrayList<>();
        InjectionSession.Builder needled = base().technique(Technique.DRY_NEEDLING);
        for (String site : sites.split(",")) {
            String[] muscleSide = site.strip().split(":");
            Laterality side = Laterality.valueOf(muscleSide[1].toUpperCase(java.util.Locale.ROOT));
            injected.add(BillingSessions.site(muscleSide[0], side));
            needled.addSite(InjectionSite.needled(muscleSide[0], side, 2));
        }

        assertThat(lines(calculator.bill(injection(List.of(lidocaine()), injected))))
                .containsExactly(injectionCode + " x1");
        assertThat(lines(calculator.bill(needled.build()))).containsExactly(dryNeedlingCode + " x1");
    }

    @Test
    void namesTheWholeMuscleOfEachSideItCounts() {
        InjectionSession session = injection(
                lidocaine(),
                BillingSessions.site("scalenus-anterior", Laterality.LEFT),
                BillingSessions.site("scalenes", Laterality.LEFT),
                BillingSessions.site("scalenus-anterior", Laterality.RIGHT));

        assertThat(ProcedureCode.musclesBilled(session, Catalog.builtIn()))
                .containsExactly(
                        new MuscleSide("scalenes", Laterality.LEFT), new MuscleSide("scalenes", Laterality.RIGHT));
        assertThat(ProcedureCode.forSession(session, Catalog.builtIn()))
                .contains(ProcedureCode.TRIGGER_POINT_INJECTION_1_2);
    }

    @Test
    void followsTheCatalogueInUseForAVendorsPartOfAMuscle() {
        Catalog vendor = Catalog.builder(Catalog.builtIn())
                .muscle(new Muscle("upper-trapezius", "upper trapezius", Region.NECK, false, null, "trapezius"))
                .build();
        InjectionSession session = injection(
                lidocaine(),
                BillingSessions.site("trapezius", Laterality.LEFT),
                BillingSessions.site("upper-trapezius", Laterality.LEFT),
                BillingSessions.site("levator-scapulae", Laterality.LEFT));

        assertThat(lines(new BillingCalculator(vendor).bill(session))).containsExactly("20552 x1");
        assertThat(lines(calculator.bill(session)))
                .as("unknown to the built-in catalogue, upper-trapezius is a muscle of its own")
                .containsExactly("20553 x1");
    }
}
