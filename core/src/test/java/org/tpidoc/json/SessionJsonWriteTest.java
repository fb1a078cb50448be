package org.tpidoc.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PatientFactors;

class SessionJsonWriteTest {

    private final SessionJson json = SessionJson.standard();

    @Test
    void roundTripsASessionWithEveryOptionalPart() {
        InjectionSession everything = Samples.everything();

        assertThat(json.read(json.write(everything))).isEqualTo(everything);
        assertThat(json.read(json.writePretty(everything))).isEqualTo(everything);
    }

    @Test
    void roundTripsTheSmallestSession() {
        InjectionSession minimal = Samples.minimal();

        assertThat(json.write(minimal))
                .isEqualTo("{\"schemaVersion\":1,\"id\":\"11111111-2222-4333-8444-555555555555\","
                        + "\"status\":\"in-progress\",\"patient\":{\"reference\":\"Patient/p-1\"},"
                        + "\"start\":\"2026-01-02T03:04:05+05:30\",\"technique\":\"dry-needling\","
                        + "\"complications\":[],\"aftercareGiven\":false}");
        assertThat(json.read(json.write(minimal))).isEqualTo(minimal);
    }

    @Test
    void writesPropertiesInTheOrderOfTheDesignSample() {
        String written = json.write(Samples.everything());

        assertThat(written)
                .startsWith("{\"schemaVersion\":1,\"id\":")
                .containsSubsequence(
                        "\"schemaVersion\"",
                        "\"id\"",
                        "\"status\"",
                        "\"statusReason\"",
                        "\"patient\"",
                        "\"encounter\"",
                        "\"performer\"",
                        "\"location\"",
                        "\"start\"",
                        "\"end\"",
                        "\"patientFactors\"",
                        "\"indications\"",
                        "\"findings\"",
                        "\"priorTherapies\"",
                        "\"painBefore\"",
                        "\"painAfter\"",
                        "\"consent\"",
                        "\"timeOut\"",
                        "\"technique\"",
                        "\"needling\"",
                        "\"guidance\"",
                        "\"skinPreparation\"",
                        "\"needle\"",
                        "\"preparations\"",
                        "\"sites\"",
                        "\"complications\"",
                        "\"estimatedBloodLossMl\"",
                        "\"tolerance\"",
                        "\"aftercareGiven\"",
                        "\"followUp\"",
                        "\"note\"");
    }

    @Test
    void writesPrettyJsonInTheStyleOfTheExamples() {
        String pretty = json.writePretty(json.read(Samples.example("dry-needling-piriformis.json")));

        assertThat(pretty + "\n").isEqualTo(Samples.example("dry-needling-piriformis.json"));
    }

    @Test
    void leavesAbsentOptionalPartsOut() {
        String written = json.write(Samples.minimal());

        assertThat(written).doesNotContain("null", "\"end\"", "\"needle\"", "\"sites\"", "\"findings\"");
    }

    @Test
    void keepsOffsetsAsGiven() {
        InjectionSession session = Samples.minimal().toBuilder()
                .start(OffsetDateTime.parse("2026-11-20T10:15:00-05:00"))
                .end(OffsetDateTime.parse("2026-11-20T15:35:30.25Z"))
                .build();

        String written = json.write(session);
        InjectionSession read = json.read(written);

        assertThat(written).contains("\"start\":\"2026-11-20T10:15:00-05:00\"", "\"end\":\"2026-11-20T15:35:30.25Z\"");
        assertThat(read.start().getOffset()).hasToString("-05:00");
        assertThat(read).isEqualTo(session);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "0.2", "0.1", "40", "1000", "123456789.123456789", "0.000000001"})
    void writesDecimalsPlainlyAndReadsThemBackExactly(String decimal) {
        InjectionSession session = Samples.minimal().toBuilder()
                .patientFactors(PatientFactors.ofWeight(new BigDecimal(decimal)))
                .build();

        String written = json.write(session);

        assertThat(written).contains("\"patientFactors\":{\"weightKg\":" + decimal + "}");
        assertThat(json.read(written).patientFactors().weightKg()).isEqualTo(new BigDecimal(decimal));
    }

    @Test
    void writesNormalisedDecimalsWithoutExponents() {
        InjectionSession session = Samples.minimal().toBuilder()
                .patientFactors(PatientFactors.ofWeight(new BigDecimal("4E+1")))
                .estimatedBloodLossMl(new BigDecimal("2.50"))
                .build();

        assertThat(json.write(session)).contains("\"weightKg\":40}", "\"estimatedBloodLossMl\":2.5,");
    }

    @Test
    void writesOneSessionArraysAndNdjsonToStreamsAndWriters() throws IOException {
        List<InjectionSession> sessions = List.of(Samples.everything(), Samples.minimal());
        SessionWriter writer = json.writer();

        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        long count = writer.writeNdjson(sessions, ndjson);
        ByteArrayOutputStream array = new ByteArrayOutputStream();
        writer.pretty().writeArray(sessions, array);
        StringWriter compactArray = new StringWriter();
        writer.writeArray(sessions, compactArray);
        StringWriter ndjsonText = new StringWriter();
        writer.writeNdjson(sessions, ndjsonText);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        writer.pretty().write(Samples.minimal(), one);

        assertThat(count).isEqualTo(2);
        assertThat(utf8(ndjson))
                .isEqualTo(json.write(Samples.everything()) + "\n" + json.write(Samples.minimal()) + "\n")
                .isEqualTo(ndjsonText.toString());
        assertThat(compactArray.toString())
                .isEqualTo("[" + json.write(Samples.everything()) + "," + json.write(Samples.minimal()) + "]\n");
        assertThat(utf8(array)).startsWith("[\n  {\n    \"schemaVersion\": 1,").endsWith("\n]\n");
        assertThat(utf8(one)).isEqualTo(json.writePretty(Samples.minimal()) + "\n");
        assertThat(json.reader().readAll(new java.io.ByteArrayInputStream(array.toByteArray())))
                .isEqualTo(sessions);
        assertThat(json.reader().readAll(new java.io.ByteArrayInputStream(ndjson.toByteArray())))
                .isEqualTo(sessions);
    }

    @Test
    void writesAnEmptyArrayAndEmptyNdjson() throws IOException {
        StringWriter array = new StringWriter();
        json.writer().pretty().writeArray(List.of(), array);
        StringWriter ndjson = new StringWriter();
        json.writer().writeNdjson(List.of(), ndjson);

        assertThat(array).hasToString("[]\n");
        assertThat(ndjson).hasToString("");
    }

    private static String utf8(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }
}
