package org.tpidoc.fhir.datatype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;

/** Body sites in words, as other systems write them: muscle, side, both sides, detail. */
class MuscleTextTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Left trapezius                          | trapezius            | left  | false | -
            trapezius, right (upper fibres)         | trapezius            | right | false | upper fibres
            R gluteus medius                        | gluteus-medius       | right | false | -
            Lt. infraspinatus                       | infraspinatus        | left  | false | -
            Structure of levator scapulae muscle    | levator-scapulae     | -     | false | -
            upper trapezius                         | trapezius            | -     | false | -
            bilateral trapezius                     | trapezius            | -     | true  | -
            left and right quadratus lumborum       | quadratus-lumborum   | -     | true  | -
            scalene muscles                         | scalenes             | -     | false | -
            Scalenus anterior, left                 | scalenus-anterior    | left  | false | -
            psoas major                             | psoas-major          | -     | false | -
            iliopsoas                               | iliopsoas            | -     | false | -
            thoracic paraspinals                    | thoracic-paraspinals | -     | false | -
            Suboccipital muscle                     | suboccipitals        | -     | false | -
            Rhomboid major muscle (left)            | rhomboid-major       | -     | false | left
            rhomboid                                | -                    | -     | false | -
            trapezius and levator scapulae          | -                    | -     | false | -
            Right shoulder                          | -                    | right | false | -
            """)
    void readsMuscleSideAndDetail(String text, String muscle, String side, boolean both, String detail) {
        MuscleText.Parsed parsed = MuscleText.parse(Catalog.builtIn(), text);

        assertThat(parsed.muscle()).isEqualTo(muscle);
        assertThat(parsed.side() == null ? null : parsed.side().code()).isEqualTo(side);
        assertThat(parsed.bothSides()).isEqualTo(both);
        assertThat(parsed.detail()).isEqualTo(detail);
    }
}
