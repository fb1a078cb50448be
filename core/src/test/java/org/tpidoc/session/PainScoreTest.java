package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PainScoreTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 9, 10})
    void acceptsScoresOfTheZeroToTenScale(int score) {
        assertThat(new PainScore(score, null).score()).isEqualTo(score);
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 100, Integer.MAX_VALUE})
    void rejectsPainScoreAboveTen(int score) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PainScore(score, OffsetDateTime.parse("2026-11-20T10:05:00-05:00")))
                .withMessage("pain score must be within 0-10, was " + score);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void rejectsNegativePainScore(int score) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PainScore(score, null))
                .withMessageContaining("pain score must be within 0-10");
    }
}
