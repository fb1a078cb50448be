package org.tpidoc.note;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;

/** The project's example sessions (test resources copied from {@code ../shared/examples/sessions}). */
final class ExampleSessions {

    /** The folder of the examples, relative to the module (Surefire runs tests there). */
    static final Path FOLDER = Path.of("src", "test", "resources", "examples", "sessions");

    private ExampleSessions() {}

    /** The names (file names without {@code .json}) of every readable example; the malformed ones are left out. */
    static List<String> readableNames() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.startsWith("malformed-"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example {@code name}, read with the library's JSON reader. */
    static InjectionSession read(String name) {
        try {
            return SessionJson.standard()
                    .read(Files.readString(FOLDER.resolve(name + ".json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
