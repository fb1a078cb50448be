package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreparationTest {

    private static final Component LIDOCAINE = Component.liquid("lidocaine-10mg-ml", new BigDecimal("4"));
    private static final Component TRIAMCINOLONE =
            Component.liquid("triamcinolone-acetonide-40mg-ml", new BigDecimal("1"));

    @Test
    void rejectsMissingIdNamingIt() {
        String missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> Preparation.of(missing, LIDOCAINE))
                .withMessage("preparation.id is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void rejectsBlankId(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Preparation.of(blank, LIDOCAINE))
                .withMessage("preparation.id must not be blank");
    }

    @Test
    void rejectsPreparationWithoutComponents() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Preparation("A", List.of()))
                .withMessage("a preparation needs at least one component");
    }

    @Test
    void rejectsMissingComponentListNamingIt() {
        List<Component> missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> new Preparation("A", missing))
                .withMessage("preparation.components is required");
    }

    @Test
    void componentsAreImmutableAndCopied() {
        List<Component> components = new ArrayList<>(List.of(LIDOCAINE));
        Preparation preparation = new Preparation("A", components);

        components.add(TRIAMCINOLONE);

        assertThat(preparation.components()).containsExactly(LIDOCAINE);
        assertThatThrownBy(() -> preparation.components().add(TRIAMCINOLONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void liquidVolumeIsTheSumOfTheLiquidComponents() {
        Preparation mixed = Preparation.of(
                "A",
                LIDOCAINE,
                TRIAMCINOLONE,
                Component.powder("onabotulinumtoxina-100-unit-vial", new BigDecimal("100")));

        assertThat(mixed.liquidVolumeMl()).isEqualByComparingTo("5");
    }

    @Test
    void liquidVolumeOfAPowderOnlyPreparationIsZero() {
        Preparation powder = Preparation.of("B", Component.powder("onabotulinumtoxina-100-unit-vial", BigDecimal.TEN));

        assertThat(powder.liquidVolumeMl()).isEqualByComparingTo("0");
    }
}
