package org.tpidoc.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tpidoc.testkit.Examples;
import picocli.CommandLine;

/** Runs {@code tpidoc} in-process, as {@code main} would, with captured stdin, stdout and stderr. */
final class Cli {

    private Cli() {}

    /**
     * What a run left behind.
     *
     * @param exitCode the exit code
     * @param out what it wrote to stdout
     * @param err what it wrote to stderr
     */
    record Result(int exitCode, String out, String err) {

        /** The stdout lines. */
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }

        /** The stderr lines. */
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
        }
    }

    /** Runs {@code args} in {@code workingDirectory}, with empty stdin and no terminal. */
    static Result run(Path workingDirectory, String... args) {
        return execute(workingDirectory, "", null, Map.of(), args);
    }

    /** Runs {@code args} in {@code workingDirectory} with the environment variables {@code variables}. */
    static Result withVariables(Path workingDirectory, Map<String, String> variables, String... args) {
        return execute(workingDirectory, "", null, variables, args);
    }

    /** Runs {@code args} in {@code workingDirectory} reading {@code stdin} as standard input. */
    static Result withStdin(Path workingDirectory, String stdin, String... args) {
        return execute(workingDirectory, stdin, null, Map.of(), args);
    }

    /** Runs {@code args} in {@code workingDirectory} with stderr on a terminal 80 columns wide that draws into {@code screen}. */
    static Result onTerminal(Path workingDirectory, PrintStream screen, String... args) {
        return execute(workingDirectory, "", new CliEnvironment.Terminal(screen, 80), Map.of(), args);
    }

    private static Result execute(
            Path workingDirectory,
            String stdin,
            CliEnvironment.@Nullable Terminal terminal,
            Map<String, String> variables,
            String... args) {
        CliEnvironment environment = new CliEnvironment(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                terminal,
                workingDirectory,
                variables);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = new CommandLine(new TpidocCommand(environment))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** The test kit's example session file {@code name} on disk ({@link Examples#path}). */
    static Path example(String name) {
        return Examples.path(name);
    }
}
