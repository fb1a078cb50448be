package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.ImportLimits;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.fhir.api.MappingOptions;

/**
 * Bad input, one row each: the error code and the path it is reported at, whether the input is rejected as
 * a whole (no session) or only a part is left out. Never an exception, never a hang.
 */
class ImportMalformedInputTest {

    private static final FhirImporter STANDARD = FhirImporter.standard();
    /** Tight limits: 2,000 bytes, depth 8, strings of 100 characters, 2 resources. */
    private static final FhirImporter TIGHT = new FhirImporter(
            MappingOptions.defaults(),
            Catalog.builtIn(),
            ImportLimits.DEFAULT
                    .withMaxBytes(2_000)
                    .withMaxDepth(8)
                    .withMaxStringLength(100)
                    .withMaxResources(2));

    /** A Procedure that imports, with {@code extra} members spliced in after {@code "status"}. */
    private static String procedure(String extra) {
        return "{\"resourceType\":\"Procedure\",\"status\":\"completed\"," + extra
                + "\"code\":{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"20552\"}]},"
                + "\"subject\":{\"reference\":\"Patient/1\"},"
                + "\"performedPeriod\":{\"start\":\"2026-01-05T10:00:00Z\"},"
                + "\"bodySite\":[{\"text\":\"left trapezius\"}]}";
    }

    private static String bundle(String... resources) {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < resources.length; i++) {
            entries.append(i == 0 ? "" : ",")
                    .append("{\"fullUrl\":\"urn:uuid:00000000-0000-4000-8000-00000000000")
                    .append(i)
                    .append("\",\"resource\":")
                    .append(resources[i])
                    .append('}');
        }
        return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + entries + "]}";
    }

    private static final String ADMINISTRATION =
            "{\"resourceType\":\"MedicationAdministration\",\"status\":\"completed\","
                    + "\"subject\":{\"reference\":\"Patient/1\"},\"effectiveDateTime\":\"2026-01-05T10:05:00Z\",";

    static Stream<Arguments> rows() {
        String deepJson = "{\"resourceType\":\"Bundle\",\"a\":" + "[".repeat(100_000);
        return Stream.of(
                // name, importer, input, rejected, code, path
                row("empty", STANDARD, "", true, "not-fhir", "input"),
                row("blank", STANDARD, "  \n\t ", true, "not-fhir", "input"),
                row("plain text", STANDARD, "hello", true, "not-fhir", "input"),
                row("JSON array", STANDARD, "[1,2]", true, "not-fhir", "input"),
                row("no resourceType", STANDARD, "{\"id\":\"x\"}", true, "not-fhir", "input"),
                row(
                        "truncated JSON",
                        STANDARD,
                        "{\"resourceType\":\"Bundle\",\"type\":\"collection\"",
                        true,
                        "malformed",
                        "input"),
                row(
                        "two JSON objects",
                        STANDARD,
                        "{\"resourceType\":\"Bundle\"} {\"resourceType\":\"Bundle\"}",
                        true,
                        "malformed",
                        "input"),
                row("JSON syntax error", STANDARD, "{\"resourceType\":\"Bundle\",,}", true, "malformed", "input"),
                row(
                        "not a bundle",
                        STANDARD,
                        "{\"resourceType\":\"Patient\",\"id\":\"p\"}",
                        true,
                        "not-a-bundle",
                        "Patient"),
                row(
                        "R5 resource type",
                        STANDARD,
                        "{\"resourceType\":\"Requirements\",\"status\":\"active\"}",
                        true,
                        "not-r4",
                        "Requirements"),
                row(
                        "R5 resource in an entry",
                        STANDARD,
                        bundle("{\"resourceType\":\"ActorDefinition\"}"),
                        true,
                        "not-r4",
                        "Bundle.entry[0].resource"),
                row(
                        "R5 Procedure.occurrence[x]",
                        STANDARD,
                        bundle(
                                "{\"resourceType\":\"Procedure\",\"status\":\"completed\",\"occurrenceDateTime\":\"2026-01-05T10:00:00Z\"}"),
                        true,
                        "not-r4",
                        "Bundle.entry[0].resource.occurrenceDateTime"),
                row(
                        "history bundle",
                        STANDARD,
                        "{\"resourceType\":\"Bundle\",\"type\":\"history\",\"entry\":[]}",
                        true,
                        "unsupported-bundle-type",
                        "Bundle.type"),
                row(
                        "no Procedure",
                        STANDARD,
                        bundle("{\"resourceType\":\"Patient\",\"id\":\"p\"}"),
                        true,
                        "no-procedure",
                        "Bundle"),
                row(
                        "too deep (limit 8)",
                        TIGHT,
                        bundle(
                                "{\"resourceType\":\"Procedure\",\"extension\":[{\"url\":\"a\",\"extension\":[{\"url\":\"b\","
                                        + "\"extension\":[{\"url\":\"c\",\"valueString\":\"x\"}]}]}]}"),
                        true,
                        "too-deep",
                        "Bundle.entry[0].resource.extension[0].extension[0].extension"),
                row("100,000 nested arrays", STANDARD, deepJson, true, "too-deep", "Bundle.a" + "[0]".repeat(63)),
                row(
                        "over 2,000 bytes",
                        TIGHT,
                        bundle(procedure("\"language\":\"" + "x".repeat(2_000) + "\",")),
                        true,
                        "too-large",
                        "input"),
                row(
                        "string over 100 characters",
                        TIGHT,
                        bundle(procedure("\"language\":\"" + "x".repeat(150) + "\",")),
                        true,
                        "too-large",
                        "Bundle.entry[0].resource.language"),
                row(
                        "over 2 entries",
                        TIGHT,
                        bundle(procedure(""), procedure(""), procedure("")),
                        true,
                        "too-large",
                        "Bundle"),
                row(
                        "XML DTD (billion laughs)",
                        STANDARD,
                        "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                                + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"&b;\"/></Bundle>",
                        true,
                        "malformed",
                        "input"),
                row(
                        "XML external entity",
                        STANDARD,
                        "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"&x;\"/></Bundle>",
                        true,
                        "malformed",
                        "input"),
                row(
                        "XML outside the FHIR namespace",
                        STANDARD,
                        "<Bundle><type value=\"collection\"/></Bundle>",
                        true,
                        "not-fhir",
                        "input"),
                row(
                        "XML not closed",
                        STANDARD,
                        "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\">",
                        true,
                        "malformed",
                        "Bundle"),
                row(
                        "XML unknown resource type",
                        STANDARD,
                        "<Foo xmlns=\"http://hl7.org/fhir\"/>",
                        true,
                        "not-r4",
                        "input"),
                row(
                        "XML too deep (limit 8)",
                        TIGHT,
                        "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/><entry><resource><Procedure>"
                                + "<extension url=\"a\"><extension url=\"b\"><extension url=\"c\"><extension url=\"d\">"
                                + "<extension url=\"e\"><valueString value=\"x\"/></extension></extension></extension>"
                                + "</extension></extension></Procedure></resource></entry></Bundle>",
                        true,
                        "too-deep",
                        "Bundle.entry[0].resource.extension[0].extension[0].extension[0].extension[0].extension"),
                row(
                        "dangling subject",
                        STANDARD,
                        bundle(procedure("").replace("Patient/1", "urn:uuid:99999999-0000-4000-8000-000000000000")),
                        false,
                        "dangling-reference",
                        "Bundle.entry[0].resource.subject"),
                row(
                        "dangling partOf",
                        STANDARD,
                        bundle(
                                procedure(""),
                                ADMINISTRATION
                                        + "\"partOf\":[{\"reference\":\"urn:uuid:99999999-0000-4000-8000-000000000000\"}]}"),
                        false,
                        "dangling-reference",
                        "Bundle.entry[1].resource.partOf[0]"),
                row(
                        "dangling contained medication",
                        STANDARD,
                        bundle(procedure(""), ADMINISTRATION + "\"medicationReference\":{\"reference\":\"#nothing\"}}"),
                        false,
                        "dangling-reference",
                        "Bundle.entry[1].resource.medicationReference"),
                row(
                        "medication that is a Patient",
                        STANDARD,
                        bundle(
                                procedure(""),
                                ADMINISTRATION
                                        + "\"medicationReference\":{\"reference\":\"urn:uuid:00000000-0000-4000-8000-000000000002\"}}",
                                "{\"resourceType\":\"Patient\",\"id\":\"p9\"}"),
                        false,
                        "wrong-reference-type",
                        "Bundle.entry[1].resource.medicationReference"),
                row(
                        "partOf that is a Patient",
                        STANDARD,
                        bundle(
                                procedure(""),
                                ADMINISTRATION
                                        + "\"partOf\":[{\"reference\":\"urn:uuid:00000000-0000-4000-8000-000000000002\"}]}",
                                "{\"resourceType\":\"Patient\",\"id\":\"p9\"}"),
                        false,
                        "wrong-reference-type",
                        "Bundle.entry[1].resource.partOf[0]"),
                row(
                        "subject that is a Practitioner",
                        STANDARD,
                        bundle(procedure("").replace("Patient/1", "Practitioner/1")),
                        false,
                        "wrong-reference-type",
                        "Bundle.entry[0].resource.subject"),
                row(
                        "unknown element",
                        STANDARD,
                        bundle(procedure("\"foo\":1,")),
                        false,
                        "unknown-element",
                        "Bundle.entry[0].resource.foo"),
                row(
                        "invalid date",
                        STANDARD,
                        bundle(procedure("").replace("2026-01-05T10:00:00Z", "2026-13-45T10:00:00Z")),
                        false,
                        "invalid-value",
                        "Bundle.entry[0].resource.performedPeriod.start"),
                row(
                        "date without time",
                        STANDARD,
                        bundle(procedure("").replace("2026-01-05T10:00:00Z", "2026-01-05")),
                        false,
                        "time-imprecise",
                        "Bundle.entry[0].resource.performedPeriod.start"),
                row(
                        "unknown status",
                        STANDARD,
                        bundle(procedure("").replace("completed", "bogus")),
                        false,
                        "missing-required",
                        "Bundle.entry[0].resource.status"),
                row(
                        "modifier extension",
                        STANDARD,
                        bundle(
                                procedure(
                                        "\"modifierExtension\":[{\"url\":\"https://x.example/negated\",\"valueBoolean\":true}],")),
                        false,
                        "unknown-modifier-extension",
                        "Bundle.entry[0].resource.modifierExtension[0]"),
                row(
                        "array where one value is expected",
                        STANDARD,
                        bundle(procedure("\"statusReason\":[{\"text\":\"x\"}],")),
                        false,
                        "invalid-value",
                        "Bundle.entry[0].resource.statusReason"),
                row(
                        "duplicate fullUrl",
                        STANDARD,
                        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":\"urn:uuid:1\",\"resource\":"
                                + procedure("") + "},{\"fullUrl\":\"urn:uuid:1\",\"resource\":" + procedure("") + "}]}",
                        false,
                        "duplicate-resource",
                        "Bundle.entry[1].resource"),
                row(
                        "not a trigger point procedure",
                        STANDARD,
                        bundle(procedure("").replace("\"code\":\"20552\"", "\"code\":\"44950\"")),
                        false,
                        "unknown-procedure-code",
                        "Bundle.entry[0].resource.code"));
    }

    private static Arguments row(
            String name, FhirImporter importer, String input, boolean rejected, String code, String path) {
        return Arguments.of(name, importer, input, rejected, code, path);
    }

    @ParameterizedTest(name = "{0}: {4} at {5}")
    @MethodSource("rows")
    void reportsBadInputWithItsCodeAndPath(
            String name, FhirImporter importer, String input, boolean rejected, String code, String path) {
        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> importer.importBundle(input));

        assertThat(result.rejected()).as("rejected").isEqualTo(rejected);
        assertThat(result.allFindings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo(code);
            assertThat(finding.path()).isEqualTo(path);
        });
        if (rejected) {
            assertThat(result.findings()).hasSize(1);
            assertThat(result.findings().get(0).isError()).isTrue();
        }
    }

    @Test
    void rejectsAStreamThatIsNotUtf8() throws IOException {
        byte[] latin1 = "{\"resourceType\":\"Bundle\",\"id\":\"caf\u00e9\"}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        ImportResult result = STANDARD.importBundle(new ByteArrayInputStream(latin1));

        assertThat(result.rejected()).isTrue();
        assertThat(result.findings().get(0).code()).isEqualTo("malformed");
    }

    @Test
    void readsNoMoreOfAnEndlessStreamThanTheLimitAllows() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '[';
            }
        };

        ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TIGHT.importBundle(endless));

        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.code())
                .isEqualTo("too-large"));
    }
}
