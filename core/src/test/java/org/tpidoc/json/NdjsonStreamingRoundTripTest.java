package org.tpidoc.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PainScore;

/**
 * Streams 100,000 sessions to an NDJSON file and back without ever holding them: sessions are made
 * on the fly from their index, written as they are made, and each one read is compared with the one
 * made again from its index.
 */
class NdjsonStreamingRoundTripTest {

    private static final int COUNT = 100_000;
    private static final SessionJson JSON = SessionJson.standard();
    private static final InjectionSession SAMPLE = JSON.read(Samples.example("dry-needling-piriformis.json"));

    @Test
    void roundTripsAHundredThousandSessionsOneAtATime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sessions.ndjson");
        AtomicLong writtenBeforeLast = new AtomicLong(-1);

        try (CountingOutput out = new CountingOutput(Files.newOutputStream(file))) {
            Iterable<InjectionSession> made = () -> made(out, writtenBeforeLast);
            assertThat(JSON.writer().writeNdjson(made, out)).isEqualTo(COUNT);
        }

        // Output reached the file while sessions were still being made: nothing was gathered first.
        assertThat(writtenBeforeLast.get()).isGreaterThan(Files.size(file) / 2);
        long read = 0;
        try (InputStream in = Files.newInputStream(file);
                Stream<InjectionSession> sessions = JSON.reader().stream(in)) {
            Iterator<InjectionSession> it = sessions.iterator();
            while (it.hasNext()) {
                assertThat(it.next()).isEqualTo(session((int) read));
                read++;
            }
        }
        assertThat(read).isEqualTo(COUNT);
    }

    private static Iterator<InjectionSession> made(CountingOutput out, AtomicLong writtenBeforeLast) {
        return IntStream.range(0, COUNT)
                .peek(i -> {
                    if (i == COUNT - 1) {
                        writtenBeforeLast.set(out.count);
                    }
                })
                .mapToObj(NdjsonStreamingRoundTripTest::session)
                .iterator();
    }

    /** The (smallest) sample session with an id and pain score derived from {@code i}. */
    private static InjectionSession session(int i) {
        return SAMPLE.toBuilder()
                .id(new UUID(0x8c6f0b8e2d7a4f55L, i))
                .painBefore(new PainScore(i % 11, SAMPLE.painBefore().at()))
                .build();
    }

    /** Counts the bytes that reach the file. */
    private static final class CountingOutput extends FilterOutputStream {
        long count;

        CountingOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            count++;
            out.write(b);
        }
    }
}
