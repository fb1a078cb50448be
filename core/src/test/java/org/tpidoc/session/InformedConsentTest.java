package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InformedConsentTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T10:00:00-05:00");

    @Test
    void rejectsConsentWithoutTimeNamingIt() {
        OffsetDateTime missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> new InformedConsent(missing, null, null, null, List.of(), false, false))
                .withMessage("consent.obtainedAt is required");
    }

    @Test
    void acceptsConsentWithOnlyItsTime() {
        InformedConsent consent = new InformedConsent(AT, null, null, null, null, false, false);

        assertThat(consent.risksDisclosed()).isEmpty();
        assertThat(consent.method()).isNull();
        assertThat(consent.signer()).isNull();
    }

    @Test
    void risksAreImmutableAndCopied() {
        List<String> risks = new ArrayList<>(List.of("pain"));
        InformedConsent consent =
                new InformedConsent(AT, ConsentMethod.VERBAL, null, ConsentSigner.PATIENT, risks, true, true);
        risks.add("bleeding");

        assertThat(consent.risksDisclosed()).containsExactly("pain");
        assertThatThrownBy(() -> consent.risksDisclosed().add("bleeding"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsTimeOutWithoutTimeNamingIt() {
        OffsetDateTime missing = null;
        assertThatNullPointerException()
                .isThrownBy(() -> new TimeOut(missing, true))
                .withMessage("timeOut.at is required");
    }
}
