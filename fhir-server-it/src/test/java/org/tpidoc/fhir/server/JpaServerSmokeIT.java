package org.tpidoc.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.jpa.provider.BaseResourceProviderR4Test;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;
import org.tpidoc.testkit.Examples;

/**
 * Our transaction bundle against a real HAPI FHIR JPA server: in-memory H2, the JPA resource providers behind
 * Jetty on a random local port, all inside the test JVM ({@link BaseResourceProviderR4Test} of
 * hapi-fhir-jpaserver-test-utilities; its Spring context is built once and cached, its database purged after
 * each test).
 */
class JpaServerSmokeIT extends BaseResourceProviderR4Test {

    private static final Logger LOG = LoggerFactory.getLogger(JpaServerSmokeIT.class);
    private static final long CLASS_LOADED = System.nanoTime();
    private static final int GENERATED = 40;
    private static final int WARM_UP = 20;
    private static boolean started;

    private final InjectionSession session =
            SessionJson.standard().read(Examples.valid().get(0).text());
    private final Bundle transaction = FhirExporter.standard().toBundle(session, BundleKind.TRANSACTION);
    private IGenericClient client;

    @BeforeEach
    void connect() {
        if (!started) {
            started = true;
            LOG.info(
                    "JPA server up: JVM uptime {} ms, process CPU {} ms, test class loaded {} ms ago",
                    ManagementFactory.getRuntimeMXBean().getUptime(),
                    cpuMillis(),
                    (System.nanoTime() - CLASS_LOADED) / 1_000_000);
        }
        client = Fhir.context().newRestfulGenericClient(myServerBase);
    }

    @Test
    void aTransactionReferringToAPatientTheServerDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> post(transaction))
                .isInstanceOf(BaseServerResponseException.class)
                .satisfies(e -> LOG.info(
                        "refused: HTTP {} {}",
                        ((BaseServerResponseException) e).getStatusCode(),
                        ((BaseServerResponseException) e).getMessage()));
    }

    @Test
    void theTransactionIsAcceptedOnceItsPatientPractitionerAndEncounterExist() {
        createReferencedResources();

        Bundle response = post(transaction);

        assertThat(response.getEntry())
                .hasSize(transaction.getEntry().size())
                .allSatisfy(entry -> assertThat(entry.getResponse().getStatus()).matches("20[01].*"));
        assertThat(procedures()).hasSize(1);
        assertThat(administrationsPartOf(procedures().get(0))).hasSize(2);
    }

    @Test
    void postingTheSameTransactionTwiceLeavesOneProcedure() {
        createReferencedResources();

        List<String> first = statuses(post(transaction));
        List<String> second = statuses(post(transaction));

        LOG.info("first push {}, second push {}", first, second);
        assertThat(procedures()).hasSize(1);
        assertThat(procedures().get(0).getIdElement().getVersionIdPart()).isEqualTo("1");
    }

    @Test
    void generatedSessionsAreAcceptedWhenTheServerCreatesPlaceholderTargets() {
        myStorageSettings.setAutoCreatePlaceholderReferenceTargets(true);
        List<InjectionSession> sessions = SessionGenerator.seeded(20261203L).list(GENERATED);
        long start = 0;
        long cpu = 0;
        for (int i = 0; i < sessions.size(); i++) {
            if (i == WARM_UP) {
                start = System.nanoTime();
                cpu = cpuMillis();
            }
            Bundle bundle = FhirExporter.standard().toBundle(sessions.get(i), BundleKind.TRANSACTION);
            assertThat(statuses(post(bundle))).allMatch(status -> status.startsWith("201"));
        }
        LOG.info(
                "{} warm transactions: {} ms each, {} ms CPU each",
                GENERATED - WARM_UP,
                (System.nanoTime() - start) / 1_000_000 / (GENERATED - WARM_UP),
                (cpuMillis() - cpu) / (GENERATED - WARM_UP));
        Bundle procedures = client.search()
                .forResource(Procedure.class)
                .summaryMode(SummaryEnum.COUNT)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(procedures.getTotal()).isEqualTo(GENERATED);
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    private Bundle post(Bundle bundle) {
        long start = System.nanoTime();
        Bundle response = client.transaction().withBundle(bundle).execute();
        LOG.info(
                "transaction of {} entries took {} ms",
                bundle.getEntry().size(),
                (System.nanoTime() - start) / 1_000_000);
        return response;
    }

    /** The Patient, Practitioner and Encounter our bundle refers to but does not carry. */
    private void createReferencedResources() {
        String patient = patientReference();
        for (Resource resource : List.of(
                withId(new Patient(), patient),
                withId(new Practitioner(), referenceOf("Practitioner/")),
                withId(new Encounter().setStatus(Encounter.EncounterStatus.FINISHED), referenceOf("Encounter/")))) {
            client.update().resource(resource).execute();
        }
    }

    private String patientReference() {
        return ((Procedure) transaction.getEntryFirstRep().getResource())
                .getSubject()
                .getReference();
    }

    private static Resource withId(Resource resource, String reference) {
        resource.setId(reference);
        return resource;
    }

    /** The first reference in the bundle that starts with {@code prefix}. */
    private String referenceOf(String prefix) {
        String json = Fhir.context().newJsonParser().encodeResourceToString(transaction);
        int at = json.indexOf("\"reference\":\"" + prefix);
        assertThat(at).as("a reference to %s", prefix).isNotNegative();
        int start = at + "\"reference\":\"".length();
        return json.substring(start, json.indexOf('"', start));
    }

    private List<Procedure> procedures() {
        Bundle found = client.search()
                .forResource(Procedure.class)
                .where(Procedure.PATIENT.hasId(patientReference()))
                .returnBundle(Bundle.class)
                .execute();
        return found.getEntry().stream()
                .map(entry -> (Procedure) entry.getResource())
                .toList();
    }

    /** The administrations of the bundle's patient whose {@code partOf} the server resolved to {@code procedure}. */
    private List<MedicationAdministration> administrationsPartOf(Procedure procedure) {
        Bundle found = client.search()
                .forResource(MedicationAdministration.class)
                .where(MedicationAdministration.PATIENT.hasId(patientReference()))
                .returnBundle(Bundle.class)
                .execute();
        String procedureId = procedure.getIdElement().toUnqualifiedVersionless().getValue();
        return found.getEntry().stream()
                .map(entry -> (MedicationAdministration) entry.getResource())
                .filter(administration ->
                        administration.getPartOf().stream().anyMatch(part -> procedureId.equals(part.getReference())))
                .toList();
    }

    private static List<String> statuses(Bundle response) {
        return response.getEntry().stream()
                .map(BundleEntryComponent::getResponse)
                .map(Bundle.BundleEntryResponseComponent::getStatus)
                .toList();
    }
}
