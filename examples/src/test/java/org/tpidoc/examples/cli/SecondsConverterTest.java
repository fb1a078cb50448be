package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class SecondsConverterTest {

    private final SecondsConverter converter = new SecondsConverter();

    @ParameterizedTest(name = "{0} s = {1} ms")
    @CsvSource({
        "10,      10000",
        "0.5,       500",
        "2.25,     2250",
        "0.0004,      0",
        "0.0005,      1",
        "0,           0",
        "' 3 ',    3000",
        "86400, 86400000",
    })
    void readsDecimalSecondsToTheMillisecond(String value, long millis) {
        assertThat(converter.convert(value)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT5S", "5s", "", "ten", "-1", "86400.001", "1e9"})
    void refusesWhatIsNotSecondsFromZeroToOneDay(String value) {
        assertThatThrownBy(() -> converter.convert(value))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'" + value + "'");
    }
}
