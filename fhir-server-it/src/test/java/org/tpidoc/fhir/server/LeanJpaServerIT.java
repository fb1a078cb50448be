package org.tpidoc.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.test.utilities.server.RestfulServerExtension;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Examples;

/** Generated sessions against the lean JPA server of {@link LeanJpaServerConfig}: accepted, and how fast. */
@ExtendWith(SpringExtension.class)
@ContextConfiguration(classes = LeanJpaServerConfig.class)
class LeanJpaServerIT {

    private static final Logger LOG = LoggerFactory.getLogger(LeanJpaServerIT.class);
    private static final int GENERATED = 40;
    private static final int WARM_UP = 20;

    @Autowired
    @RegisterExtension
    RestfulServerExtension server;

    @Autowired
    JpaStorageSettings settings;

    private IGenericClient client;

    @BeforeEach
    void connect() {
        LOG.info(
                "lean JPA server up: JVM uptime {} ms, process CPU {} ms",
                ManagementFactory.getRuntimeMXBean().getUptime(),
                cpuMillis());
        // no GET /metadata before the first request: the lean server builds its CapabilityStatement slowly
        Fhir.context().getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        client = Fhir.context().newRestfulGenericClient(server.getBaseUrl());
    }

    @Test
    void generatedSessionsAreAcceptedWhenTheServerCreatesPlaceholderTargets() {
        settings.setAutoCreatePlaceholderReferenceTargets(true);
        List<InjectionSession> sessions = SessionGenerator.seeded(20261203L).list(GENERATED);
        List<Bundle> bundles = sessions.stream()
                .map(session -> FhirExporter.standard().toBundle(session, BundleKind.TRANSACTION))
                .toList();
        long start = 0;
        long cpu = 0;
        for (int i = 0; i < sessions.size(); i++) {
            if (i == WARM_UP) {
                start = System.nanoTime();
                cpu = cpuMillis();
            }
            Bundle bundle = bundles.get(i);
            Bundle response = client.transaction().withBundle(bundle).execute();
            assertThat(response.getEntry())
                    .allMatch(entry -> entry.getResponse().getStatus().startsWith("201"));
        }
        LOG.info(
                "lean: {} warm transactions: {} ms each, {} ms CPU each",
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

    @Test
    void everyValidExampleIsAcceptedWithPlaceholderTargetsAndReadBackByEverything() {
        settings.setAutoCreatePlaceholderReferenceTargets(true);
        for (Example example : Examples.valid()) {
            InjectionSession session = SessionJson.standard().read(example.text());
            Bundle bundle = FhirExporter.standard().toBundle(session, BundleKind.TRANSACTION);
            Bundle response = client.transaction().withBundle(bundle).execute();
            assertThat(response.getEntry())
                    .as(example.name())
                    .allMatch(entry -> entry.getResponse().getStatus().matches("20[01].*"));
            Procedure procedure = (Procedure) bundle.getEntryFirstRep().getResource();
            Reference subject = procedure.getSubject();
            LOG.info(
                    "{}: {} entries accepted; subject reference {}, identifier only {}",
                    example.name(),
                    response.getEntry().size(),
                    subject.hasReference(),
                    subject.hasIdentifier() && !subject.hasReference());
            if (subject.hasReference()) {
                Parameters everything = client.operation()
                        .onInstance(subject.getReference())
                        .named("$everything")
                        .withNoParameters(Parameters.class)
                        .useHttpGet()
                        .execute();
                Bundle found = (Bundle) everything.getParameterFirstRep().getResource();
                LOG.info(
                        "{}: $everything returned {} resources",
                        example.name(),
                        found.getEntry().size());
            }
        }
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }
}
