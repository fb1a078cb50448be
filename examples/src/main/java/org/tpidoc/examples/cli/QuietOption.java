package org.tpidoc.examples.cli;

import picocli.CommandLine.Option;

/** The {@code -q, --quiet} option of the commands that show progress (a picocli mixin). */
final class QuietOption {

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress on stderr.")
    boolean quiet;
}
