package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InjectionSiteTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsFewerThanOnePoint(int points) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InjectionSite.needled("trapezius", Laterality.LEFT, points))
                .withMessage("site.points must be at least 1, was " + points);
    }

    @Test
    void rejectsMissingMuscleNamingIt() {
        String missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> InjectionSite.needled(missing, Laterality.LEFT, 1))
                .withMessage("site.muscle is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void rejectsBlankMuscle(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InjectionSite.needled(blank, Laterality.LEFT, 1))
                .withMessage("site.muscle must not be blank");
    }

    @Test
    void rejectsMissingLateralityNamingIt() {
        Laterality missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> InjectionSite.needled("trapezius", missing, 1))
                .withMessage("site.laterality is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void rejectsBlankDetail(String blank) {
        InjectionSite site = InjectionSite.needled("trapezius", Laterality.LEFT, 1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> site.withDetail(blank))
                .withMessage("site.detail must not be blank when present");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void rejectsBlankPreparationId(String blank) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InjectionSite.injected("trapezius", Laterality.LEFT, 1, blank, BigDecimal.ONE))
                .withMessage("site.preparation must not be blank");
    }

    @Test
    void missingTwitchResponseMeansNotAssessed() {
        InjectionSite site = new InjectionSite("trapezius", Laterality.LEFT, null, 1, null, false, null, null);

        assertThat(site.twitchResponse()).isEqualTo(TwitchResponse.NOT_ASSESSED);
    }

    @Test
    void acceptsAnInjectedSiteWithoutVolumeAsADraft() {
        // The validator, not the record, requires preparation and volume for injections.
        InjectionSite site =
                new InjectionSite("trapezius", Laterality.LEFT, null, 1, TwitchResponse.ELICITED, true, "A", null);

        assertThat(site.hasInjectate()).isTrue();
    }

    @Test
    void dryNeedledSiteHasNoInjectate() {
        assertThat(InjectionSite.needled("piriformis", Laterality.RIGHT, 3).hasInjectate())
                .isFalse();
    }

    @Test
    void normalisesTheVolume() {
        InjectionSite a = InjectionSite.injected("trapezius", Laterality.LEFT, 2, "A", new BigDecimal("2.50"));
        InjectionSite b = InjectionSite.injected("trapezius", Laterality.LEFT, 2, "A", new BigDecimal("2.5"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void withersKeepTheOtherParts() {
        InjectionSite site = InjectionSite.injected("trapezius", Laterality.LEFT, 2, "A", new BigDecimal("2.5"))
                .withDetail("upper fibres")
                .withResponse(TwitchResponse.ELICITED, true);

        assertThat(site)
                .isEqualTo(new InjectionSite(
                        "trapezius",
                        Laterality.LEFT,
                        "upper fibres",
                        2,
                        TwitchResponse.ELICITED,
                        true,
                        "A",
                        new BigDecimal("2.5")));
    }
}
