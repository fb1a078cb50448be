/**
 * The {@code tpidoc} command line (DESIGN §9): {@link org.tpidoc.examples.cli.TpidocCommand} and one
 * picocli subcommand per job ({@code demo}, {@code validate}, {@code export}, {@code import}, {@code
 * note}, {@code billing}, {@code generate}, {@code fhir-validate}, {@code fhir-package}, {@code push}).
 *
 * <p>Every command writes its results to the picocli {@code out} writer and its problems to the
 * {@code err} writer, one line per problem naming the file, the session id (never patient data) and
 * the JSON path, and returns an exit code of {@link org.tpidoc.examples.cli.ExitCodes}: 0 success, 1
 * the input was read but fails, 2 the input could not be read or the arguments are wrong. Nothing here
 * calls {@code System.exit} except {@code main}, so tests run the commands in-process.
 */
@NullMarked
package org.tpidoc.examples.cli;

import org.jspecify.annotations.NullMarked;
