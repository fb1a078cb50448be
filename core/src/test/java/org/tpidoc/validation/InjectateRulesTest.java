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
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Technique;
import org.tpidoc.session.TwitchResponse;

class InjectateRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "null, 2,    $.sites[2].preparation",
                "A,    null, $.sites[2].volumeMl",
                "null, null, $.sites[2]",
            })
    void rejectsAnInjectionSiteWithoutPreparationOrVolume(String preparation, String volumeMl, String path) {
        InjectionSite site = new InjectionSite(
                "deltoid",
                Laterality.LEFT,
                null,
                1,
                TwitchResponse.NOT_ASSESSED,
                false,
                preparation,
                volumeMl == null ? null : new BigDecimal(volumeMl));
        InjectionSession session = Sessions.builder().addSite(site).build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("injectate-missing");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.message()).contains("deltoid (left)");
        });
    }

    @Test
    void rejectsADryNeedlingSiteWithAnInjectate() {
        InjectionSession session = dryNeedling()
                .addPreparation(Preparation.of("A", Sessions.liquid("lidocaine-10mg-ml", "2")))
                .addSite(InjectionSite.injected("gluteus-medius", Laterality.RIGHT, 1, "A", BigDecimal.ONE))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("injectate-with-dry-needling");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.sites[1]");
        });
    }

    @Test
    void acceptsDryNeedlingWithoutInjectate() {
        assertThat(validator.validate(dryNeedling().build()).findings()).isEmpty();
    }

    private static InjectionSession.Builder dryNeedling() {
        return Sessions.builder()
                .technique(Technique.DRY_NEEDLING)
                .preparations(List.of())
                .sites(List.of(InjectionSite.needled("piriformis", Laterality.RIGHT, 3)));
    }
}
