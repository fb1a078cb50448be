package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.CodedEnums;
import org.tpidoc.session.Component;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SampleSessions;
import org.tpidoc.session.SessionStatus;

/** Sessions built in code for the rule tests: a valid baseline and small variations of it. */
final class Sessions {

    static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T10:15:00-05:00");

    /** Every risk any rule of the standard policy can require: the baseline discloses them all. */
    static final List<String> ALL_REQUIRED_RISKS = List.of(
            "pain",
            "bleeding",
            "bruising",
            "infection",
            "allergic-reaction",
            "dizziness-fainting",
            "nerve-damage",
            "no-improvement",
            "pneumothorax",
            "steroid-effects",
            "botulinum-toxin-spread");

    private Sessions() {}

    /** A completed, valid neck and shoulder session: lidocaine and triamcinolone at two sites, 72 kg. */
    static InjectionSession valid() {
        return builder().build();
    }

    /**
     * A builder holding {@link #valid()}'s values: {@link SampleSessions#neckShoulder()} with two findings
     * and two prior therapies (the catalogue tests plant a third), and consent by the patient that
     * discloses {@link #ALL_REQUIRED_RISKS}.
     */
    static InjectionSession.Builder builder() {
        return SampleSessions.neckShoulder().toBuilder()
                .findings(List.of("taut-band", "local-twitch-response"))
                .priorTherapies(List.of("stretching", "massage"))
                .consent(consent(ALL_REQUIRED_RISKS));
    }

    /**
     * A builder like {@link #builder()} whose preparation A also holds 15 mL of saline: 20 mL drawn up
     * for the 5 mL given, so that a test can add sites without giving more than was drawn up.
     */
    static InjectionSession.Builder builderWithRoom() {
        return builder()
                .preparations(List.of(Preparation.of(
                        "A",
                        liquid("lidocaine-10mg-ml", "4"),
                        liquid("triamcinolone-acetonide-40mg-ml", "1"),
                        liquid("sodium-chloride-9mg-ml", "15"))));
    }

    /** Written consent by the patient, 15 minutes before the start, disclosing {@code risks}. */
    static InformedConsent consent(List<String> risks) {
        return consentAt(START.minusMinutes(15), risks);
    }

    /** Written consent by the patient at {@code at}, disclosing {@code risks}. */
    static InformedConsent consentAt(OffsetDateTime at, List<String> risks) {
        return new InformedConsent(at, ConsentMethod.WRITTEN, null, ConsentSigner.PATIENT, risks, true, true);
    }

    /**
     * The baseline with one preparation of {@code components}, all of it injected at one trapezius site
     * with enough points to stay within 3 mL per point, and the given weight ({@code null}: none).
     */
    static InjectionSession drugs(@Nullable BigDecimal weightKg, Component... components) {
        Preparation preparation = Preparation.of("A", components);
        BigDecimal volume = preparation.liquidVolumeMl();
        int points = Math.max(
                1, volume.divide(new BigDecimal("3"), 0, RoundingMode.CEILING).intValue());
        return builder()
                .patientFactors(weightKg == null ? null : PatientFactors.ofWeight(weightKg))
                .preparations(List.of(preparation))
                .sites(List.of(InjectionSite.injected("trapezius", Laterality.LEFT, points, "A", volume)))
                .build();
    }

    /** The status with this code ({@code "in-progress"}). */
    static SessionStatus status(String code) {
        return CodedEnums.fromCode(SessionStatus.class, code).orElseThrow();
    }

    /** A liquid component. */
    static Component liquid(String product, String volumeMl) {
        return Component.liquid(product, new BigDecimal(volumeMl));
    }

    /** A powder component. */
    static Component powder(String product, String amount) {
        return Component.powder(product, new BigDecimal(amount));
    }

    /**
     * Asserts that {@code message} holds none of the baseline's patient data: no reference (patient,
     * encounter, performer), no display name, no free text (site detail, follow-up, note).
     */
    static void assertNoPatientData(String message) {
        assertThat(message)
                .doesNotContain("Patient/")
                .doesNotContain("example-123")
                .doesNotContain("Encounter/")
                .doesNotContain("visit-9")
                .doesNotContain("Practitioner/")
                .doesNotContain("A. Lee")
                .doesNotContain("upper fibres")
                .doesNotContain("stretching programme")
                .doesNotContain("positioned prone");
    }

    /** The codes of the report's errors, sorted. */
    static Set<String> errorCodes(ValidationReport report) {
        return report.errors().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The codes of the report's warnings, sorted. */
    static Set<String> warningCodes(ValidationReport report) {
        return report.warnings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The codes of every finding, sorted. */
    static Set<String> codes(ValidationReport report) {
        return report.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    }
}
