package org.tpidoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strictness that Jackson's defaults would not give (numbers or base64 read as dates and ids, null
 * read as absent, unknown properties reported after missing ones), pinned on top of {@link
 * SessionReadErrorsTest}.
 */
class SessionReadStrictnessTest {

    private final SessionJson json = SessionJson.standard();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /start                         | "1795000000"                 | $.start: expected an ISO-8601 date-time with offset, like "2026-11-20T10:15:00-05:00"
            /start                         | 1795000000.5                 | $.start: expected an ISO-8601 date-time with offset, like "2026-11-20T10:15:00-05:00"
            /preparations/0/components/0/expiry | 20270831                | $.preparations[0].components[0].expiry: expected an ISO-8601 date, like "2027-08-31"
            /id                            | "jG8Lji16T1WaUww+j1sdEQ=="   | $.id: expected a UUID, like "8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11"
            /tolerance                     | ""                           | $.tolerance: expected "well", "fair" or "poor"
            /sites/0/laterality            | "1"                          | $.sites[0].laterality: expected "left" or "right"
            /sites/0/muscle                | true                         | $.sites[0].muscle: expected a string
            /sites/0/volumeMl              | true                         | $.sites[0].volumeMl: expected a number
            /painBefore/score              | "7"                          | $.painBefore.score: expected a whole number
            /findings/1                    | null                         | $.findings[1]: null is not allowed; leave the property out instead
            /sites/1                       | null                         | $.sites[1]: null is not allowed; leave the property out instead
            /aftercareGiven                | null                         | $.aftercareGiven: null is not allowed; leave the property out instead
            /painBefore/score              | null                         | $.painBefore.score: null is not allowed; leave the property out instead
            /patientFactors/anticoagulated | null                         | $.patientFactors.anticoagulated: null is not allowed; leave the property out instead
            """)
    void rejectsWhatJacksonWouldOtherwiseAccept(String pointer, String value, String message) {
        String input = SessionReadErrorsTest.replace(Samples.example(Samples.FULL_EXAMPLE), pointer, value);

        assertThat(rejection(input).getMessage()).isEqualTo(message);
    }

    @Test
    void reportsAnUnknownPropertyBeforeARecordInvariant() {
        String input = Samples.editedExample(root -> Samples.at(root, "/preparations/0/components/0")
                .put("amount", 100)
                .put("amout", 100));

        assertThat(rejection(input).getMessage()).isEqualTo("$.preparations[0].components[0].amout: unknown property");
    }

    @Test
    void readsAnAbsentListAsEmpty() {
        String input = Samples.editedExample(
                root -> Samples.at(root, "/preparations/0").remove("components"));

        assertThat(rejection(input).getMessage())
                .isEqualTo("$.preparations[0]: a preparation needs at least one component");
    }

    @Test
    void checksTheSchemaVersionFirstWhereverItStands() {
        String input = Samples.editedExample(root -> {
            root.remove("schemaVersion");
            root.put("somethingNew", true);
            root.put("schemaVersion", 2);
        });

        assertThat(rejection(input).getMessage()).isEqualTo("$.schemaVersion: unsupported schema version; expected 1");
    }

    @Test
    void reportsTruncatedJsonBeforeAProblemOfContentThatComesEarlier() {
        String compact = Samples.edited(Samples.example(Samples.FULL_EXAMPLE), root -> root.put("status", "done"));

        assertThat(rejection(compact.substring(0, compact.length() - 1)).problem())
                .isEqualTo("unexpected end of input");
    }

    @Test
    void rejectsAnNdjsonSessionThatGoesOnOverTwoLines() {
        String first = json.write(json.read(Samples.example(Samples.FULL_EXAMPLE)));
        String split = first.replace(",\"technique\"", ",\n\"technique\"");
        String ndjson = first + "\n" + split + "\n";

        SessionReadException e = catchThrowableOfType(SessionReadException.class, () -> json.reader()
                .readAll(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8))));

        assertThat(e.getMessage()).isEqualTo("line 2: expected one JSON object per line");
    }

    @Test
    void readsAnNdjsonInputLongerThanTheDocumentLimit() throws Exception {
        SessionJson small = SessionJson.withLimits(JsonLimits.DEFAULT.withMaxDocumentBytes(3000));
        String line = json.write(json.read(Samples.example("dry-needling-piriformis.json")));
        String ndjson = (line + "\n").repeat(10);

        assertThat(small.reader().readAll(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8))))
                .hasSize(10);
    }

    private SessionReadException rejection(String input) {
        SessionReadException e = catchThrowableOfType(SessionReadException.class, () -> json.read(input));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.getMessage()).doesNotContain(Samples.PATIENT_DATA);
        return e;
    }
}
