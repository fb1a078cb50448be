package org.tpidoc.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --in FILE} option of the commands that read one session file (a picocli mixin). */
final class SessionFileOption {

    @Option(
            names = "--in",
            required = true,
            paramLabel = "FILE",
            description = "Session file (one object, an array or NDJSON); - for standard input.")
    String file = "-";
}
