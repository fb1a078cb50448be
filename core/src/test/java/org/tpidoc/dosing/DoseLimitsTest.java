package org.tpidoc.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoseLimitsTest {

    private static final DoseLimit LIDOCAINE =
            DoseLimits.defaults().forDrug("lidocaine").orElseThrow();

    @ParameterizedTest
    @CsvSource({
        "50,   225",
        "66.6, 299.7",
        "66.7, 300",
        "90,   300",
        "120,  300",
    })
    void capsTheWeightBasedLidocaineMaximumAt300Mg(String weightKg, String expectedMg) {
        assertThat(LIDOCAINE.maximumFor(new BigDecimal(weightKg))).isEqualByComparingTo(expectedMg);
    }

    @Test
    void usesTheAbsoluteMaximumWithoutAWeight() {
        assertThat(LIDOCAINE.maximumFor(null)).isEqualByComparingTo("300");
    }

    @ParameterizedTest
    @CsvSource({
        "bupivacaine,        50,  125",
        "bupivacaine,        80,  175",
        "bupivacaine,        ,    175",
        "onabotulinumtoxina, 50,  400",
        "onabotulinumtoxina, ,    400",
    })
    void holdsTheDefaultFigures(String drug, String weightKg, String expected) {
        DoseLimit limit = DoseLimits.defaults().forDrug(drug).orElseThrow();
        BigDecimal weight = weightKg == null ? null : new BigDecimal(weightKg);

        assertThat(limit.maximumFor(weight)).isEqualByComparingTo(expected);
    }

    @Test
    void hasExactlyTheThreeDefaultLimits() {
        assertThat(DoseLimits.defaults().all())
                .extracting(DoseLimit::drugSlug)
                .containsExactly("lidocaine", "bupivacaine", "onabotulinumtoxina");
        assertThat(DoseLimits.defaults().forDrug("triamcinolone")).isEmpty();
        assertThat(DoseLimits.none().all()).isEmpty();
    }

    @Test
    void replacesALimitWithoutChangingTheOriginal() {
        DoseLimits clinic =
                DoseLimits.defaults().with(new DoseLimit("lidocaine", new BigDecimal("4"), new BigDecimal("250")));

        assertThat(clinic.forDrug("lidocaine").orElseThrow().maximumFor(new BigDecimal("70")))
                .isEqualByComparingTo("250");
        assertThat(DoseLimits.defaults().forDrug("lidocaine").orElseThrow().maximumFor(new BigDecimal("70")))
                .isEqualByComparingTo("300");
        assertThat(clinic.all()).hasSize(3);
    }

    @Test
    void addsALimitForAnotherDrug() {
        DoseLimits clinic = DoseLimits.none().with(new DoseLimit("triamcinolone", null, new BigDecimal("80")));

        assertThat(clinic.forDrug("triamcinolone").orElseThrow().maximumFor(new BigDecimal("70")))
                .isEqualByComparingTo("80");
    }

    @Test
    void rejectsLimitsThatAreNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DoseLimit("lidocaine", BigDecimal.ZERO, new BigDecimal("300")))
                .withMessageContaining("perKg");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DoseLimit("lidocaine", null, new BigDecimal("-1")))
                .withMessageContaining("absoluteMax");
    }
}
