package org.tpidoc.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code tpidoc generate --count N [--seed S] --out FILE [--quiet]}: N synthetic sessions (no real
 * patient data) as NDJSON, from the seeded {@link SessionGenerator}: the same seed always gives the same
 * file. Sessions are made and written one at a time, so memory stays bounded for any N; progress is
 * shown on stderr.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {"Synthetic sessions (made up, no patient data) as NDJSON; the same seed gives the same file."})
public final class GenerateCommand extends CliCommand {

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many sessions (0 or more).")
    long count;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Seed of the generator; default: ${DEFAULT-VALUE}.")
    long seed = 1;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "NDJSON file to write (replaced if it exists); - for standard output.")
    String outFile = "-";

    @Mixin
    QuietOption quietOption = new QuietOption();

    /** A generate command; picocli makes one per run. */
    public GenerateCommand() {}

    /**
     * Writes the sessions.
     *
     * @return 0, or 2 when the count is negative or the file cannot be written
     */
    @Override
    public Integer call() {
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must be 0 or more, was " + count);
        }
        SessionGenerator generator = SessionGenerator.seeded(seed);
        boolean toStdout = outFile.equals("-");
        Path target = environment().resolve(outFile);
        try (Progress progress = Progress.start(
                        "generate", count, quietOption.quiet, environment().terminal(), err());
                Stream<InjectionSession> sessions = generator.stream(count).peek(s -> progress.step())) {
            if (toStdout) {
                SessionJson.standard().writer().writeNdjson(sessions::iterator, out());
                out().flush();
            } else {
                try (OutputStream file = new BufferedOutputStream(create(target), 1 << 16)) {
                    SessionJson.standard().writer().writeNdjson(sessions::iterator, file);
                }
            }
        } catch (IOException e) {
            return cannotWrite(toStdout ? "<stdout>" : outFile, e);
        }
        if (!toStdout) {
            out().println("Wrote " + Reports.count(count, "session") + " to " + target.normalize());
            out().flush();
        }
        return ExitCodes.OK;
    }
}
