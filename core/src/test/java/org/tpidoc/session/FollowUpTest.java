package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpTest {

    @Test
    void acceptsDaysOnlyTextOnlyOrBoth() {
        assertThat(new FollowUp(28, null).afterDays()).isEqualTo(28);
        assertThat(new FollowUp(null, "as needed").text()).isEqualTo("as needed");
        assertThat(new FollowUp(0, "same-day review"))
                .extracting(FollowUp::afterDays, FollowUp::text)
                .containsExactly(0, "same-day review");
    }

    @Test
    void rejectsFollowUpWithNeitherDaysNorText() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FollowUp(null, null))
                .withMessage("followUp needs afterDays or text");
    }

    @Test
    void rejectsNegativeDays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FollowUp(-1, null))
                .withMessage("followUp.afterDays must not be negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n"})
    void rejectsBlankText(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FollowUp(28, blank))
                .withMessage("followUp.text must not be blank when present");
    }
}
