package org.tpidoc.dosing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.catalog.Drug;

class DoseTest {

    private static final Drug LIDOCAINE =
            Catalog.builtIn().product("lidocaine-10mg-ml").orElseThrow().drug();

    @ParameterizedTest
    @CsvSource({
        "40,                 40 mg",
        "40.000,             40 mg",
        "2.5,                2.5 mg",
        "2.50,               2.5 mg",
        "12.345,             12.35 mg",
        "12.344,             12.34 mg",
        "3.333333333333333,  3.33 mg",
        "0.005,              0.01 mg",
        "0.004,              0 mg",
        "225.0,              225 mg",
    })
    void formatsWithAtMostTwoDecimals(String amount, String expected) {
        assertThat(new Dose(LIDOCAINE, new BigDecimal(amount)).formatted()).isEqualTo(expected);
    }

    @Test
    void formatsBotulinumToxinInUnits() {
        assertThat(Dose.format(new BigDecimal("60"), DoseUnit.UNITS)).isEqualTo("60 units");
        assertThat(Dose.format(new BigDecimal("12.5"), DoseUnit.UNITS)).isEqualTo("12.5 units");
    }

    @Test
    void keepsTheAmountExactAndNormalised() {
        Dose dose = new Dose(LIDOCAINE, new BigDecimal("3.3333333333333333333"));

        assertThat(dose.amount()).isEqualTo(new BigDecimal("3.3333333333333333333"));
        assertThat(new Dose(LIDOCAINE, new BigDecimal("40.00"))).isEqualTo(new Dose(LIDOCAINE, new BigDecimal("40")));
        assertThat(dose.unit()).isEqualTo(DoseUnit.MG);
    }

    @Test
    void addsAmountsOfTheSameDrug() {
        Dose dose = new Dose(LIDOCAINE, new BigDecimal("20")).plus(new BigDecimal("20.0"));

        assertThat(dose).isEqualTo(new Dose(LIDOCAINE, new BigDecimal("40")));
    }
}
