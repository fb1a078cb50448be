package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.SessionStatus;

class SiteRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @Test
    void rejectsACompletedSessionWithoutSites() {
        ValidationReport report =
                validator.validate(Sessions.builder().sites(List.of()).build());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("no-sites");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.sites");
        });
    }

    @Test
    void acceptsADraftWithoutSitesYet() {
        InjectionSession draft = Sessions.builder()
                .status(SessionStatus.IN_PROGRESS)
                .sites(List.of())
                .build();

        assertThat(validator.validate(draft).has("no-sites")).isFalse();
    }

    @ParameterizedTest(name = "{0} mL at {1} point(s): high = {2}")
    @CsvSource({
        "0.5,  1, false",
        "3,    1, false",
        "3.01, 1, true",
        "4,    1, true",
        "6,    2, false",
        "6.1,  2, true",
        "9,    3, false",
        "9.5,  3, true",
    })
    void warnsAboveThreeMillilitresPerPoint(String volumeMl, int points, boolean high) {
        InjectionSession session = Sessions.builder()
                .sites(List.of(
                        InjectionSite.injected("trapezius", Laterality.LEFT, points, "A", new BigDecimal(volumeMl))))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(Sessions.codes(report)).isEqualTo(high ? java.util.Set.of("volume-high") : java.util.Set.of());
        report.findings().forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("$.sites[0].volumeMl");
            assertThat(f.message()).contains("trapezius").contains("per point");
        });
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "-0.5"})
    void rejectsAVolumeOfZeroOrLess(String volumeMl) {
        InjectionSession session = Sessions.builder()
                .addSite(InjectionSite.injected("deltoid", Laterality.RIGHT, 1, "A", new BigDecimal(volumeMl)))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("volume-invalid");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.sites[2].volumeMl");
            assertThat(f.message()).contains("deltoid");
        });
    }

    @Test
    void warnsWhenAMuscleIsRecordedTwiceOnOneSide() {
        InjectionSession session = Sessions.builder()
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", BigDecimal.ONE))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("duplicate-site");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("$.sites[2]");
            assertThat(f.message()).contains("trapezius (left)");
        });
    }

    @Test
    void leftAndRightOfOneMuscleAreNotADuplicate() {
        InjectionSession session = Sessions.builder()
                .addSite(InjectionSite.injected("trapezius", Laterality.RIGHT, 1, "A", BigDecimal.ONE))
                .build();

        assertThat(validator.validate(session).findings()).isEmpty();
    }

    @Test
    void reportsEveryRepeatOfASite() {
        InjectionSession session = Sessions.builder()
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", BigDecimal.ONE))
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", BigDecimal.ONE))
                .build();

        assertThat(validator.validate(session).withCode("duplicate-site"))
                .extracting(Finding::path)
                .containsExactly("$.sites[2]", "$.sites[3]");
    }
}
