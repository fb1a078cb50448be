package org.tpidoc.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.tpidoc.fhir.FhirSender;
import org.tpidoc.fhir.SendResult;
import org.tpidoc.fhir.conformance.ConformancePackage;
import org.tpidoc.fhir.server.PushedSessions.Pushed;

/**
 * With our conformance package installed ({@link FhirSender#installPackage}), the server's own {@code
 * $validate} of each stored resource, against the profiles it declares ({@code meta.profile}), finds no error
 * and knows every code system of ours. Every example's resources are validated, and every {@value #STRIDE}th
 * generated session's ({@code -Dtpidoc.fullValidation=true}: all of them): a validation takes about 0.15 s
 * of a core, some 3,000 for all 200 sessions.
 */
@SpringJUnitConfig(JpaServerConfig.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerValidationIT {

    private static final Logger LOG = LoggerFactory.getLogger(ServerValidationIT.class);

    /** One generated session in this many is validated, unless {@code tpidoc.fullValidation} is set. */
    static final int STRIDE = 20;

    private static final boolean FULL = Boolean.getBoolean("tpidoc.fullValidation");

    @Autowired
    private JpaServer server;

    private PushedSessions pushed;
    private ServerReads reads;
    private ConformancePackage conformance;

    @BeforeAll
    void installPackage() {
        pushed = PushedSessions.on(server);
        reads = new ServerReads(server.client());
        conformance = ConformancePackage.builtIn();
        long started = System.nanoTime();
        SendResult installed;
        try (FhirSender sender = server.sender()) {
            installed = sender.installPackage(conformance);
        }
        LOG.info(
                "conformance package of {} resources installed in {} ms",
                conformance.resources().size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(installed.outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
        assertThat(installed.entries()).hasSize(conformance.resources().size());
    }

    @Test
    void theServerFindsNoErrorAndKnowsOurCodeSystemsInEveryStoredResource() {
        List<SessionUnderTest> validated = validated();
        List<String> errors = new ArrayList<>();
        List<String> unknownOwnSystems = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        List<String[]> resources = new ArrayList<>();
        validated.forEach(session -> session.ids().forEach(id -> resources.add(new String[] {session.label(), id})));
        long started = System.nanoTime();
        List<OperationOutcome> outcomes = Concurrently.map(resources, resource -> reads.validate(resource[1]));
        for (int i = 0; i < resources.size(); i++) {
            for (OperationOutcomeIssueComponent issue : outcomes.get(i).getIssue()) {
                String issueText = resources.get(i)[0] + ", " + resources.get(i)[1] + ": " + issue.getDiagnostics();
                if (isError(issue)) {
                    errors.add(issueText);
                } else if (issue.getSeverity() == IssueSeverity.WARNING) {
                    warnings.merge(kind(issue), 1, Integer::sum);
                }
                if (isUnknownOwnCodeSystem(issue)) {
                    unknownOwnSystems.add(issueText);
                }
            }
        }
        LOG.info(
                "{} stored resources of {} sessions validated by the server in {} ms; warnings by kind: {}",
                resources.size(),
                validated.size(),
                (System.nanoTime() - started) / 1_000_000,
                warnings);

        assertThat(errors).isEmpty();
        assertThat(unknownOwnSystems).isEmpty();
    }

    @Test
    void theServerChecksCodesAgainstOurInstalledCodeSystems() {
        Observation finding = storedOwnCodedObservation();
        finding.getCode().getCodingFirstRep().setCode("no-such-finding");

        assertThat(reads.validate(finding).getIssue())
                .filteredOn(ServerValidationIT::isError)
                .extracting(OperationOutcomeIssueComponent::getDiagnostics)
                .anySatisfy(text -> assertThat(text)
                        .contains("no-such-finding")
                        .contains(finding.getCode().getCodingFirstRep().getSystem()));
    }

    @Test
    void theServerChecksStoredResourcesAgainstOurProfiles() {
        MedicationAdministration administration = pushed.sessions().stream()
                .flatMap(session -> session.session().resources().stream())
                .filter(MedicationAdministration.class::isInstance)
                .map(resource -> (MedicationAdministration) reads.read(List.of(SessionUnderTest.id(resource)))
                        .values()
                        .iterator()
                        .next())
                .findFirst()
                .orElseThrow();
        assertThat(reads.validate(administration).getIssue()).noneMatch(ServerValidationIT::isError);
        // R4 allows a MedicationAdministration that is part of nothing; our profile requires partOf
        administration.getPartOf().clear();

        assertThat(reads.validate(administration).getIssue())
                .filteredOn(ServerValidationIT::isError)
                .extracting(OperationOutcomeIssueComponent::getDiagnostics)
                .anySatisfy(text -> assertThat(text).contains("MedicationAdministration.partOf"));
    }

    /** The examples and every {@value #STRIDE}th generated session, or every session. */
    private List<SessionUnderTest> validated() {
        List<SessionUnderTest> all =
                pushed.sessions().stream().map(Pushed::session).toList();
        int examples = all.size() - SessionUnderTest.GENERATED;
        return IntStream.range(0, all.size())
                .filter(i -> FULL || i < examples || (i - examples) % STRIDE == 0)
                .mapToObj(all::get)
                .toList();
    }

    /** A stored Observation coded in one of our code systems (a site finding). */
    private Observation storedOwnCodedObservation() {
        for (Pushed session : pushed.sessions()) {
            for (Resource resource : session.session().resources()) {
                if (resource instanceof Observation observation
                        && observation.getCode().getCodingFirstRep().getSystem().startsWith(conformance.canonical())) {
                    return (Observation)
                            reads.read(List.of(SessionUnderTest.id(resource))).get(SessionUnderTest.id(resource));
                }
            }
        }
        throw new AssertionError("no Observation coded in a code system of ours");
    }

    private static boolean isError(OperationOutcomeIssueComponent issue) {
        return issue.getSeverity() == IssueSeverity.ERROR || issue.getSeverity() == IssueSeverity.FATAL;
    }

    /** Whether the issue says a code system under our canonical base is unknown to the server. */
    private boolean isUnknownOwnCodeSystem(OperationOutcomeIssueComponent issue) {
        String text = issue.getDiagnostics() == null ? "" : issue.getDiagnostics();
        return text.contains(conformance.canonical() + "/CodeSystem/")
                && (text.contains("unknown") || text.contains("could not be found"));
    }

    /** A warning's kind for the summary: its message up to the first quote or colon, no codes or values. */
    private static String kind(OperationOutcomeIssueComponent issue) {
        String text = issue.getDiagnostics() == null ? "" : issue.getDiagnostics();
        int end = text.length();
        for (char stop : new char[] {':', '\'', '"', '('}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end).trim();
    }
}
