package org.tpidoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.session.InjectionSession;

class SessionReaderTest {

    private final SessionJson json = SessionJson.standard();
    private final SessionReader reader = json.reader();
    private final InjectionSession first = json.read(Samples.example(Samples.FULL_EXAMPLE));
    private final InjectionSession second = json.read(Samples.example(Samples.IDENTIFIER_EXAMPLE));
    private final InjectionSession third = json.read(Samples.example("dry-needling-piriformis.json"));

    @Test
    void readsOnePrettyObject() throws IOException {
        assertThat(readAll(Samples.example(Samples.FULL_EXAMPLE))).containsExactly(first);
    }

    @Test
    void readsOneCompactObjectAsNdjsonOfOneLine() throws IOException {
        assertThat(readAll(json.write(first))).containsExactly(first);
        assertThat(readAll(json.write(first) + "\n")).containsExactly(first);
    }

    @Test
    void readsAnArrayPrettyOrCompact() throws IOException {
        String compact = "[" + json.write(first) + "," + json.write(second) + "," + json.write(third) + "]";
        String pretty = "\n  [\n" + json.writePretty(first) + ",\n" + json.writePretty(second) + "\n]\n";

        assertThat(readAll(compact)).containsExactly(first, second, third);
        assertThat(readAll(pretty)).containsExactly(first, second);
        assertThat(readAll("[]")).isEmpty();
        assertThat(readAll(" [ ] ")).isEmpty();
    }

    @Test
    void readsNdjsonSkippingBlankLinesAndAcceptingCrLf() throws IOException {
        String ndjson = json.write(first) + "\r\n\r\n" + json.write(second) + "\n   \n" + json.write(third);

        assertThat(readAll(ndjson)).containsExactly(first, second, third);
    }

    @Test
    void readsNothingFromEmptyInput() throws IOException {
        assertThat(readAll("")).isEmpty();
        assertThat(readAll("\n\n  \n")).isEmpty();
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = json.write(first).getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, input, 0, bom.length);
        System.arraycopy(body, 0, input, bom.length, body.length);

        assertThat(reader.readAll(new ByteArrayInputStream(input))).containsExactly(first);
    }

    @Test
    void namesTheLineOfABadNdjsonSession() {
        String bad = Samples.edited(
                json.write(second), root -> Samples.at(root, "/sites/1").put("laterality", "middle"));
        String ndjson = String.join("\n", json.write(first), json.write(second), bad, json.write(third));

        SessionReadException e = catchThrowableOfType(SessionReadException.class, () -> readAll(ndjson));

        assertThat(e.getMessage()).isEqualTo("line 3: $.sites[1].laterality: expected \"left\" or \"right\"");
        assertThat(e.line()).hasValue(3);
        assertThat(e.path()).contains("$.sites[1].laterality");
        assertThat(e.problem()).isEqualTo("expected \"left\" or \"right\"");
        assertThat(e.getMessage()).doesNotContain(Samples.PATIENT_DATA);
    }

    @Test
    void namesTheLineOfMalformedNdjson() {
        String ndjson = String.join(
                "\n", json.write(first), json.write(second), "", "{\"schemaVersion\": 1, \"id\": MRN-000451}");

        SessionReadException e = catchThrowableOfType(SessionReadException.class, () -> readAll(ndjson));

        assertThat(e.line()).hasValue(4);
        assertThat(e.getMessage())
                .startsWith("line 4: $.id: malformed JSON at column ")
                .doesNotContain("MRN");
    }

    @Test
    void rejectsTwoObjectsOnOneNdjsonLine() {
        String ndjson = json.write(first) + "\n" + json.write(second) + " " + json.write(third) + "\n";

        assertThatThrownBy(() -> readAll(ndjson)).hasMessage("line 2: expected one JSON object per line");
    }

    @Test
    void rejectsAnNdjsonLineLongerThanTheLimit() {
        SessionReader small = SessionJson.withLimits(JsonLimits.DEFAULT.withMaxDocumentBytes(2500))
                .reader();
        String longLine = json.write(first.toBuilder().note("x".repeat(3000)).build());
        String ndjson = json.write(third) + "\n" + longLine + "\n";

        assertThatThrownBy(() -> small.readAll(input(ndjson)))
                .hasMessage("line 2: the line exceeds the limit of 2500 bytes");
    }

    @Test
    void namesTheElementOfABadArraySession() {
        String bad = Samples.edited(
                json.write(second), root -> Samples.at(root, "/painBefore").put("score", 11));
        String array = "[" + json.write(first) + ",\n" + bad + "]";

        SessionReadException e = catchThrowableOfType(SessionReadException.class, () -> readAll(array));

        assertThat(e.getMessage()).isEqualTo("$[1].painBefore.score: expected a whole number from 0 to 10");
    }

    @Test
    void rejectsATruncatedArray() {
        SessionReadException e =
                catchThrowableOfType(SessionReadException.class, () -> readAll("[\n" + json.write(first) + ",\n"));

        assertThat(e.getMessage()).isEqualTo("line 3: $[1]: unexpected end of input");
    }

    @Test
    void rejectsAnArrayOfSomethingElse() {
        assertThatThrownBy(() -> readAll("[" + json.write(first) + ", 42]")).hasMessage("$[1]: expected an object");
    }

    @Test
    void rejectsContentAfterTheArrayOrObject() {
        assertThatThrownBy(() -> readAll("[" + json.write(first) + "]\n[]"))
                .hasMessage("line 2: unexpected content after the array");
        assertThatThrownBy(() -> readAll(Samples.example(Samples.FULL_EXAMPLE) + "{}"))
                .hasMessageEndingWith("unexpected content after the session object");
    }

    @Test
    void rejectsInputThatIsNoneOfTheThreeForms() {
        assertThatThrownBy(() -> readAll("\n\"sessions\""))
                .hasMessage("line 2: expected a JSON object, an array of objects, or one object a line");
    }

    @Test
    void keepsLineNumbersOfAPrettyObjectAfterBlankLines() {
        String pretty = "\n\n" + Samples.example(Samples.FULL_EXAMPLE).replace("\"written\"", "written");

        SessionReadException e = catchThrowableOfType(SessionReadException.class, () -> readAll(pretty));

        assertThat(e.line()).hasValue(2 + 54);
        assertThat(e.path()).contains("$.consent.method");
    }

    @Test
    void streamsLazilyAndLeavesTheGivenStreamOpen() throws IOException {
        CountingInput in =
                new CountingInput(input(String.join("\n", json.write(first), json.write(second), json.write(third))));

        try (Stream<InjectionSession> sessions = reader.stream(in)) {
            assertThat(in.reads).isZero();
            assertThat(sessions.limit(2)).containsExactly(first, second);
        }
        assertThat(in.closed).isFalse();
    }

    @Test
    void readsAndStreamsFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sessions.ndjson");
        Files.writeString(file, json.write(first) + "\n" + json.write(second) + "\n");

        assertThat(reader.readAll(file)).containsExactly(first, second);
        try (Stream<InjectionSession> sessions = reader.stream(file)) {
            assertThat(sessions.map(InjectionSession::id)).containsExactly(first.id(), second.id());
        }
    }

    @Test
    void streamSurfacesAReadFailureWhenItReachesIt() throws IOException {
        String ndjson = json.write(first) + "\n{\"schemaVersion\": 2}\n";

        try (Stream<InjectionSession> sessions = reader.stream(input(ndjson))) {
            List<UUID> ids = new java.util.ArrayList<>();
            assertThatThrownBy(() -> sessions.forEach(s -> ids.add(s.id())))
                    .isInstanceOf(SessionReadException.class)
                    .hasMessage("line 2: $.schemaVersion: unsupported schema version; expected 1");
            assertThat(ids).containsExactly(first.id());
        }
    }

    @Test
    void endsTheStreamAtTheFirstFailure() {
        String ndjson = json.write(first) + "\n{}\n" + json.write(second) + "\n";

        try (Stream<InjectionSession> sessions = reader.stream(input(ndjson))) {
            Iterator<InjectionSession> it = sessions.iterator();
            assertThat(it.next()).isEqualTo(first);
            assertThatThrownBy(it::hasNext)
                    .hasMessage("line 2: $.schemaVersion: required property is missing; expected 1");
            assertThat(it.hasNext()).isFalse();
        }
    }

    private List<InjectionSession> readAll(String text) throws IOException {
        return reader.readAll(input(text));
    }

    private static InputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Counts reads and records whether it was closed. */
    private static final class CountingInput extends FilterInputStream {
        int reads;
        boolean closed;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            reads++;
            return super.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
