package org.tpidoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionReadErrorsTest {

    private final SessionJson json = SessionJson.standard();

    @Test
    void rejectsAnUnknownPropertyNamingIt() {
        assertRejected(
                Samples.editedExample(root -> Samples.at(root, "/sites/0").put("lateralty", "left")),
                "$.sites[0].lateralty: unknown property");
        assertRejected(
                Samples.editedExample(root -> root.put("painScoreBefore", 6)), "$.painScoreBefore: unknown property");
    }

    @Test
    void quotesAnUnusualUnknownPropertyNameAndShortensALongOne() {
        assertRejected(
                Samples.editedExample(root -> root.put("pain 'before'", 6)),
                "$['pain \\'before\\'']: unknown property");
        assertRejected(
                Samples.editedExample(root -> root.put("x".repeat(100), 6)),
                "$['" + "x".repeat(40) + "...']: unknown property");
    }

    @Test
    void reportsAnUnknownPropertyBeforeTheMissingOneItMisspells() {
        assertRejected(
                Samples.editedExample(root -> {
                    ObjectNode site = Samples.at(root, "/sites/1");
                    site.set("lateralty", site.remove("laterality"));
                }),
                "$.sites[1].lateralty: unknown property");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /sites/0/points                | "2"                  | $.sites[0].points: expected a whole number
            /sites/0/points                | 2.0                  | $.sites[0].points: expected a whole number
            /sites/0/points                | true                 | $.sites[0].points: expected a whole number
            /sites/0/volumeMl              | "2.5"                | $.sites[0].volumeMl: expected a number
            /sites/0/muscle                | 7                    | $.sites[0].muscle: expected a string
            /sites/0/referredPainReproduced| "yes"                | $.sites[0].referredPainReproduced: expected true or false
            /aftercareGiven                | 1                    | $.aftercareGiven: expected true or false
            /patient                       | "Patient/example-123"| $.patient: expected an object
            /patient/identifier            | "MRN-000451"         | $.patient.identifier: expected an object
            /findings                      | "taut-band"          | $.findings: expected an array
            /findings/1                    | {}                   | $.findings[1]: expected a string
            /sites                         | {}                   | $.sites: expected an array
            /sites/1                       | []                   | $.sites[1]: expected an object
            /start                         | 1795000000           | $.start: expected an ISO-8601 date-time with offset, like "2026-11-20T10:15:00-05:00"
            /id                            | 42                   | $.id: expected a UUID, like "8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11"
            /note                          | ["Free text."]       | $.note: expected a string
            /patientFactors/anticoagulated | "no"                 | $.patientFactors.anticoagulated: expected true or false
            /aspirationBeforeInjection     | "yes"                | $.aspirationBeforeInjection: expected true or false
            /postProcedure                 | 15                   | $.postProcedure: expected an object
            /attestation                   | {"at": "2026-11-20T10:50:00-05:00"} | $.attestation.by: required property is missing
            """)
    void rejectsAValueOfTheWrongType(String pointer, String value, String message) {
        assertRejected(replaced(pointer, value), message);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /sites/1/laterality      | "middle"     | $.sites[1].laterality: expected "left" or "right"
            /sites/1/laterality      | "LEFT"       | $.sites[1].laterality: expected "left" or "right"
            /sites/1/laterality      | 0            | $.sites[1].laterality: expected "left" or "right"
            /status                  | "done"       | $.status: expected "in-progress", "completed", "aborted" or "entered-in-error"
            /technique               | "injections" | $.technique: expected "injection" or "dry-needling"
            /sites/0/twitchResponse  | "yes"        | $.sites[0].twitchResponse: expected "elicited", "not-elicited" or "not-assessed"
            /consent/method          | "email"      | $.consent.method: expected "written" or "verbal"
            /consent/signer          | "spouse"     | $.consent.signer: expected "patient", "legal-guardian" or "healthcare-proxy"
            /skinPreparation         | "soap"       | $.skinPreparation: expected "chlorhexidine", "povidone-iodine", "isopropyl-alcohol" or "none"
            /tolerance               | "ok"         | $.tolerance: expected "well", "fair" or "poor"
            /needling                | "pecking"    | $.needling: expected "fanning" or "single-pass"
            /guidance                | "ct"         | $.guidance: expected "palpation" or "ultrasound"
            /position                | "standing"   | $.position: expected "sitting", "prone", "supine" or "side-lying"
            /preparations/0/components/0/container | {"kind": "vial"} | $.preparations[0].components[0].container.kind: expected "single-dose" or "multi-dose"
            """)
    void rejectsAnUnknownCodeListingTheAcceptedOnes(String pointer, String value, String message) {
        String input = replaced(pointer, value);
        assertRejected(input, message);
        assertThat(rejection(input).getMessage()).doesNotContain(value);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /start                                  | "2026-11-20 10:15:00-05:00"  | $.start: expected an ISO-8601 date-time with offset, like "2026-11-20T10:15:00-05:00"
            /start                                  | "2026-11-20T10:15:00"        | $.start: expected an ISO-8601 date-time with offset, like "2026-11-20T10:15:00-05:00"
            /start                                  | "2026-02-30T10:15:00-05:00"  | $.start: expected an ISO-8601 date-time with offset, like "2026-11-20T10:15:00-05:00"
            /painBefore/at                          | "yesterday"                  | $.painBefore.at: expected an ISO-8601 date-time with offset, like "2026-11-20T10:15:00-05:00"
            /consent/obtainedAt                     | ""                           | $.consent.obtainedAt: expected an ISO-8601 date-time with offset, like "2026-11-20T10:15:00-05:00"
            /preparations/0/components/0/expiry     | "2027-02-30"                 | $.preparations[0].components[0].expiry: expected an ISO-8601 date, like "2027-08-31"
            /preparations/0/components/0/expiry     | "31/08/2027"                 | $.preparations[0].components[0].expiry: expected an ISO-8601 date, like "2027-08-31"
            /id                                     | "8c6f0b8e2d7a4f559a530c3e8f5b1d11" | $.id: expected a UUID, like "8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11"
            /id                                     | "1-2-3-4-5"                  | $.id: expected a UUID, like "8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11"
            """)
    void rejectsABadDateTimeDateOrId(String pointer, String value, String message) {
        assertRejected(replaced(pointer, value), message);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /preparations/0/components/1/container | {"kind": "single-dose"} | $.preparations[0].components[1]: component.container.volumeMl is required for a single-dose liquid
            /preparations/0/components/1/container | {"kind": "single-dose", "volumeMl": 0} | $.preparations[0].components[1].container: container.volumeMl must be positive
            /patientFactors/botulinumToxinUnitsLast90Days | -1                | $.patientFactors: patientFactors.botulinumToxinUnitsLast90Days must not be negative
            /postProcedure                         | {"observedMinutes": -5} | $.postProcedure.observedMinutes: expected a whole number of at least 0
            """)
    void rejectsAnOutOfRangeNewRecordPart(String pointer, String value, String message) {
        assertRejected(replaced(pointer, value), message);
    }

    @Test
    void rejectsAMissingSchemaVersion() {
        assertRejected(
                Samples.editedExample(root -> root.remove("schemaVersion")),
                "$.schemaVersion: required property is missing; expected 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2
            0
            "1"
            1.5
            null
            99999999999
            """)
    void rejectsAnUnsupportedSchemaVersion(String version) {
        assertRejected(replaced("/schemaVersion", version), "$.schemaVersion: unsupported schema version; expected 1");
    }

    @Test
    void checksTheSchemaVersionBeforeAnythingElse() {
        assertRejected(
                Samples.editedExample(root -> {
                    root.put("schemaVersion", 2);
                    root.put("somethingNew", true);
                }),
                "$.schemaVersion: unsupported schema version; expected 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /id                                    | $.id
            /status                                | $.status
            /patient                               | $.patient
            /start                                 | $.start
            /technique                             | $.technique
            /sites/1/muscle                        | $.sites[1].muscle
            /sites/1/laterality                    | $.sites[1].laterality
            /sites/1/points                        | $.sites[1].points
            /painBefore/score                      | $.painBefore.score
            /consent/obtainedAt                    | $.consent.obtainedAt
            /timeOut/at                            | $.timeOut.at
            /needle/gauge                          | $.needle.gauge
            /needle/lengthMm                       | $.needle.lengthMm
            /preparations/0/id                     | $.preparations[0].id
            /preparations/0/components/1/product   | $.preparations[0].components[1].product
            /indications/0/code                    | $.indications[0].code
            """)
    void rejectsAMissingRequiredPropertyNamingIt(String pointer, String path) {
        assertRejected(removed(pointer), path + ": required property is missing");
    }

    @Test
    void neverTurnsAMissingNumberIntoZero() {
        SessionReadException e = rejection(removed("/painBefore/score"));

        assertThat(e.path()).contains("$.painBefore.score");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /painBefore/score   | 11          | $.painBefore.score: expected a whole number from 0 to 10
            /painAfter/score    | -1          | $.painAfter.score: expected a whole number from 0 to 10
            /sites/0/points     | 0           | $.sites[0].points: expected a whole number of at least 1
            /sites/0/points     | 99999999999 | $.sites[0].points: expected a whole number of at least 1
            /needle/gauge       | 0           | $.needle.gauge: expected a whole number of at least 1
            /followUp/afterDays | -3          | $.followUp.afterDays: expected a whole number of at least 0
            /sites/0/volumeMl   | 1e999999999 | $.sites[0].volumeMl: expected a number with at most 9 digits before and 9 after the decimal point
            /sites/0/volumeMl   | 1e-999999999| $.sites[0].volumeMl: expected a number with at most 9 digits before and 9 after the decimal point
            /needle/lengthMm    | -38         | $.needle: needle.lengthMm must be positive, was -38
            /patientFactors/weightKg | 0      | $.patientFactors: patientFactors.weightKg must be positive
            /estimatedBloodLossMl | -1        | $: estimatedBloodLossMl must not be negative
            """)
    void rejectsAnOutOfRangeValue(String pointer, String value, String message) {
        assertRejected(replaced(pointer, value), message);
    }

    @Test
    void reportsARecordInvariantWithThePathOfTheRecord() {
        assertRejected(
                Samples.editedExample(
                        root -> Samples.at(root, "/preparations/0/components/0").put("amount", 100)),
                "$.preparations[0].components[0]: a component needs exactly one of volumeMl and amount");
        assertRejected(
                Samples.editedExample(root -> root.putObject("patient").put("display", "A. Patient")),
                "$.patient: a reference needs a reference or an identifier");
        assertRejected(
                Samples.editedExample(
                        root -> Samples.at(root, "/preparations/0").putArray("components")),
                "$.preparations[0]: a preparation needs at least one component");
        assertRejected(replaced("/sites/0/muscle", "\" \""), "$.sites[0]: site.muscle must not be blank");
    }

    @Test
    void rejectsNullInsteadOfLeavingAPropertyOut() {
        assertRejected(
                replaced("/encounter", "null"), "$.encounter: null is not allowed; leave the property out instead");
        assertRejected(replaced("/id", "null"), "$.id: null is not allowed; leave the property out instead");
    }

    @Test
    void rejectsADuplicateProperty() {
        String input = Samples.example(Samples.FULL_EXAMPLE)
                .replace("\"status\": \"completed\",", "\"status\": \"completed\", \"status\": \"aborted\",");

        SessionReadException e = rejection(input);

        assertThat(e.problem()).isEqualTo("duplicate property");
        assertThat(e.path()).contains("$.status");
    }

    @Test
    void rejectsMalformedJsonWithoutQuotingIt() {
        String input = Samples.example(Samples.IDENTIFIER_EXAMPLE)
                .replace("\"value\": \"MRN-000451\"", "\"value\": MRN-000451");

        SessionReadException e = rejection(input);

        assertThat(e.getMessage()).matches("line 8: \\$\\.patient\\.identifier\\.value: malformed JSON at column \\d+");
        assertThat(e.line()).hasValue(8);
    }

    @Test
    void rejectsTruncatedJson() {
        String full = Samples.example(Samples.FULL_EXAMPLE);

        assertThat(rejection(full.substring(0, full.length() / 2)).problem()).isEqualTo("unexpected end of input");
    }

    @Test
    void rejectsNestingDeeperThanTheLimit() {
        String deep = "[".repeat(40) + "]".repeat(40);
        String input = replaced("/note", deep);

        SessionReadException e = rejection(input);

        assertThat(e.problem()).isEqualTo("nesting depth exceeds the limit of 32");
        assertThat(e.path()).hasValueSatisfying(path -> assertThat(path).startsWith("$.note[0][0]"));

        SessionJson shallow = SessionJson.withLimits(JsonLimits.DEFAULT.withMaxNestingDepth(4));
        assertThat(catchThrowableOfType(
                                SessionReadException.class, () -> shallow.read(Samples.example(Samples.FULL_EXAMPLE)))
                        .getMessage())
                .isEqualTo("line 90: $.preparations[0].components[0]: nesting depth exceeds the limit of 4");
    }

    @Test
    void rejectsAStringLongerThanTheLimitWithoutQuotingIt() {
        String longNote = "Patient positioned prone. ".repeat(3000);
        String input = Samples.editedExample(root -> root.put("note", longNote));

        SessionReadException e = rejection(input);

        assertThat(e.getMessage()).startsWith("line 1: $.note: a string exceeds the limit of 65536 characters");

        SessionJson small = SessionJson.withLimits(JsonLimits.DEFAULT.withMaxStringLength(10));
        assertThat(catchThrowableOfType(
                                SessionReadException.class, () -> small.read(Samples.example(Samples.FULL_EXAMPLE)))
                        .problem())
                .isEqualTo("a string exceeds the limit of 10 characters");
    }

    @Test
    void rejectsADocumentLargerThanTheLimit() throws Exception {
        SessionJson small = SessionJson.withLimits(JsonLimits.DEFAULT.withMaxDocumentBytes(1000));
        byte[] example = Samples.example(Samples.FULL_EXAMPLE).getBytes(StandardCharsets.UTF_8);

        SessionReadException fromString = catchThrowableOfType(
                SessionReadException.class, () -> small.read(Samples.example(Samples.FULL_EXAMPLE)));
        SessionReadException fromStream = catchThrowableOfType(
                SessionReadException.class, () -> small.reader().readAll(new ByteArrayInputStream(example)));

        assertThat(fromString.problem()).isEqualTo("the document exceeds the limit of 1000 bytes");
        assertThat(fromStream.problem()).isEqualTo("the document exceeds the limit of 1000 bytes");
    }

    @Test
    void rejectsMoreSessionsThanTheLimit() {
        SessionJson two = SessionJson.withLimits(JsonLimits.DEFAULT.withMaxSessions(2));
        String session = json.write(json.read(Samples.example(Samples.FULL_EXAMPLE)));
        byte[] ndjson = (session + "\n" + session + "\n" + session + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] array = ("[" + session + "," + session + "," + session + "]").getBytes(StandardCharsets.UTF_8);

        assertThat(catchThrowableOfType(SessionReadException.class, () -> two.reader()
                                .readAll(new ByteArrayInputStream(ndjson)))
                        .getMessage())
                .isEqualTo("line 3: more than 2 sessions in one input (the limit)");
        assertThat(catchThrowableOfType(
                                SessionReadException.class, () -> two.reader().readAll(new ByteArrayInputStream(array)))
                        .getMessage())
                .isEqualTo("$[2]: more than 2 sessions in one input (the limit)");
    }

    @Test
    void rejectsSomethingThatIsNotASessionObject() {
        assertRejected("[]", "$: expected an object");
        assertRejected("\"session\"", "$: expected an object");
        assertRejected("", "$: expected an object");
        assertThat(rejection(Samples.example(Samples.FULL_EXAMPLE) + "{}").problem())
                .isEqualTo("unexpected content after the session");
    }

    private String replaced(String pointer, String rawValue) {
        return replace(Samples.example(Samples.FULL_EXAMPLE), pointer, rawValue);
    }

    private String removed(String pointer) {
        int slash = pointer.lastIndexOf('/');
        String parent = pointer.substring(0, slash);
        String name = pointer.substring(slash + 1);
        return Samples.editedExample(root -> Samples.at(root, parent).remove(name));
    }

    /** Replaces the value at {@code pointer} with raw JSON text, which may be any JSON at all. */
    static String replace(String json, String pointer, String rawValue) {
        String marker = "\"__REPLACED__\"";
        Consumer<ObjectNode> edit = root -> {
            int slash = pointer.lastIndexOf('/');
            String parent = pointer.substring(0, slash);
            String name = pointer.substring(slash + 1);
            var container = parent.isEmpty() ? root : root.at(parent);
            if (container.isArray()) {
                ((ArrayNode) container).set(Integer.parseInt(name), TextNode.valueOf("__REPLACED__"));
            } else {
                ((ObjectNode) container).put(name, "__REPLACED__");
            }
        };
        return Samples.edited(json, edit).replace(marker, rawValue);
    }

    private SessionReadException rejection(String input) {
        SessionReadException e = catchThrowableOfType(SessionReadException.class, () -> json.read(input));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.getMessage()).doesNotContain(Samples.PATIENT_DATA);
        assertThat(e.getCause()).isNull();
        return e;
    }

    private void assertRejected(String input, String message) {
        assertThat(rejection(input).getMessage()).isEqualTo(message);
    }
}
