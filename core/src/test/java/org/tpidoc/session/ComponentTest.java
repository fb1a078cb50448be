package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentTest {

    @ParameterizedTest(name = "volumeMl={0}, amount={1}")
    @CsvSource(delimiter = '|', textBlock = """
            4   |     | liquid
                | 100 | powder
            0.5 |     | liquid
            """)
    void acceptsExactlyOnePositiveQuantity(@Nullable BigDecimal volumeMl, @Nullable BigDecimal amount, String kind) {
        Component component = new Component("a-product", volumeMl, amount, null, null, null);

        assertThat(component.isLiquid()).isEqualTo(kind.equals("liquid"));
    }

    @Test
    void rejectsComponentWithBothVolumeAndAmount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Component("a-product", BigDecimal.ONE, BigDecimal.TEN, null, null, null))
                .withMessage("a component needs exactly one of volumeMl and amount");
    }

    @Test
    void rejectsComponentWithNeitherVolumeNorAmount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Component("a-product", null, null, null, null, null))
                .withMessage("a component needs exactly one of volumeMl and amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-1"})
    void rejectsNonPositiveVolume(String volume) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Component.liquid("lidocaine-10mg-ml", new BigDecimal(volume)))
                .withMessage("component.volumeMl must be positive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-100"})
    void rejectsNonPositiveAmount(String amount) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Component.powder("onabotulinumtoxina-100-unit-vial", new BigDecimal(amount)))
                .withMessage("component.amount must be positive");
    }

    @Test
    void rejectsMissingProductNamingIt() {
        String missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> Component.liquid(missing, BigDecimal.ONE))
                .withMessage("component.product is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejectsBlankProduct(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Component.liquid(blank, BigDecimal.ONE))
                .withMessage("component.product must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejectsBlankLot(String blank) {
        Component component = Component.liquid("lidocaine-10mg-ml", BigDecimal.ONE);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> component.withBatch(blank, LocalDate.parse("2027-08-31")))
                .withMessage("component.lot must not be blank when present");
    }

    @Test
    void normalisesQuantitiesSoEqualAmountsAreEqual() {
        assertThat(Component.liquid("lidocaine-10mg-ml", new BigDecimal("2.50")))
                .isEqualTo(Component.liquid("lidocaine-10mg-ml", new BigDecimal("2.5")));
        assertThat(Component.powder("onabotulinumtoxina-100-unit-vial", new BigDecimal("1E+2"))
                        .amount())
                .hasToString("100");
    }

    @Test
    void keepsTheBatch() {
        Component component = Component.liquid("lidocaine-10mg-ml", new BigDecimal("4"))
                .withBatch("LD2291", LocalDate.parse("2027-08-31"));

        assertThat(component.lot()).isEqualTo("LD2291");
        assertThat(component.expiry()).isEqualTo(LocalDate.parse("2027-08-31"));
        assertThat(component.volumeMl()).isEqualByComparingTo("4");
    }
}
