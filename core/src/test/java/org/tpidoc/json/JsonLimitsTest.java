package org.tpidoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class JsonLimitsTest {

    @Test
    void defaultsAreFourMebibytesDepthThirtyTwoSixtyFourKibibyteStringsAndAMillionSessions() {
        assertThat(JsonLimits.DEFAULT).isEqualTo(new JsonLimits(4_194_304, 32, 65_536, 1_000_000));
        assertThat(SessionJson.standard().limits()).isEqualTo(JsonLimits.DEFAULT);
    }

    @Test
    void derivesLimitsOneAtATime() {
        JsonLimits limits = JsonLimits.DEFAULT
                .withMaxDocumentBytes(10)
                .withMaxNestingDepth(6)
                .withMaxStringLength(100)
                .withMaxSessions(3);

        assertThat(limits).isEqualTo(new JsonLimits(10, 6, 100, 3));
        assertThat(SessionJson.withLimits(limits).limits()).isEqualTo(limits);
    }

    @Test
    void rejectsALimitThatIsNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JsonLimits.DEFAULT.withMaxSessions(0))
                .withMessage("JsonLimits.maxSessions must be positive, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> JsonLimits.DEFAULT.withMaxNestingDepth(-1));
    }

    @Test
    void sharesTheStandardInstanceForTheDefaultLimits() {
        assertThat(SessionJson.withLimits(JsonLimits.DEFAULT)).isSameAs(SessionJson.standard());
    }
}
