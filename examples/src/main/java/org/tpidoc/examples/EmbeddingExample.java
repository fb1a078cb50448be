package org.tpidoc.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.session.Component;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Technique;
import org.tpidoc.session.TimeOut;
import org.tpidoc.validation.SessionValidator;
import org.tpidoc.validation.ValidationReport;

/**
 * The embedding example of the README, for EMR vendors: build a session with the builder, validate it,
 * export it as a FHIR transaction bundle. The code between the {@code README} markers is quoted in
 * README.md word for word, and a test checks that it still is, so the README cannot show code that
 * does not compile.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    /** Prints the findings and, when the session is valid, its transaction bundle. */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Documents, validates and exports a left gluteus medius injection of lidocaine, the consent having
     * disclosed the risks the standard consent policy requires.
     *
     * @return the bundle's JSON, or empty when the session has error findings
     */
    static Optional<String> run(PrintStream out) {
        List<String> risks = List.of(
                "pain",
                "bleeding",
                "bruising",
                "infection",
                "allergic-reaction",
                "dizziness-fainting",
                "nerve-damage",
                "no-improvement");
        Optional<String> bundle = documentAndExport(Reference.to("Patient/example-123"), risks, out);
        bundle.ifPresent(out::println);
        return bundle;
    }

    // README:begin
    /** Documents an injection, validates it, and returns its FHIR transaction bundle (empty if it has errors). */
    static Optional<String> documentAndExport(Reference patient, List<String> risks, PrintStream out) {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-20T10:15:00-05:00");
        Reference doctor = Reference.to("Practitioner/dr-lee");
        InjectionSession session = InjectionSession.builder()
                .id(UUID.randomUUID())
                .status(SessionStatus.COMPLETED)
                .patient(patient)
                .performer(doctor)
                .start(at)
                .end(at.plusMinutes(20))
                .consent(new InformedConsent(
                        at.minusMinutes(15), ConsentMethod.WRITTEN, doctor, ConsentSigner.PATIENT, risks, true, true))
                .timeOut(new TimeOut(at.minusMinutes(3), true))
                .technique(Technique.INJECTION)
                .addPreparation(Preparation.of("A", Component.liquid("lidocaine-10mg-ml", new BigDecimal("4"))))
                .addSite(InjectionSite.injected("gluteus-medius", Laterality.LEFT, 2, "A", new BigDecimal("4")))
                .build();

        ValidationReport report = SessionValidator.standard().validate(session);
        report.findings().forEach(f -> out.println(f.severity().code() + " " + f.code() + ": " + f.message()));
        if (!report.isValid()) {
            return Optional.empty(); // an error finding: the record must not be signed or exported
        }
        return Optional.of(FhirExporter.standard().toJson(session, BundleKind.TRANSACTION)); // POST to your server
    }
    // README:end
}
