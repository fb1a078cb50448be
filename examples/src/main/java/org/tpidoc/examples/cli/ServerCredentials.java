package org.tpidoc.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.FhirSender;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How {@code push} authenticates to the FHIR server (a picocli argument group; at most one option): a bearer
 * token or {@code USER:PASSWORD} for basic authentication, read from an environment variable or a file, never
 * given on the command line (where {@code ps} and the shell's history would show it). A file's text is taken
 * whole, without its leading and trailing white space. No message ever quotes the secret.
 */
final class ServerCredentials {

    @Option(
            names = "--bearer-token-env",
            paramLabel = "VAR",
            description = "Send 'Authorization: Bearer <token>' with the token in environment variable VAR.")
    @Nullable
    String bearerTokenEnv;

    @Option(
            names = "--bearer-token-file",
            paramLabel = "FILE",
            description = "Send 'Authorization: Bearer <token>' with the token in FILE.")
    @Nullable
    String bearerTokenFile;

    @Option(
            names = "--basic-auth-env",
            paramLabel = "VAR",
            description = "HTTP basic authentication with USER:PASSWORD from environment variable VAR.")
    @Nullable
    String basicAuthEnv;

    @Option(
            names = "--basic-auth-file",
            paramLabel = "FILE",
            description = "HTTP basic authentication with USER:PASSWORD from FILE.")
    @Nullable
    String basicAuthFile;

    /** No credentials yet; picocli fills the option given. */
    ServerCredentials() {}

    /**
     * Reads the secret the option names and gives it to {@code sender}.
     *
     * @throws ParameterException (exit 2) when the variable is not set, the file cannot be read, the secret is
     *     empty, or basic credentials have no {@code :}
     */
    void applyTo(FhirSender.Builder sender, CliEnvironment environment, CommandLine commandLine) {
        if (bearerTokenEnv != null || bearerTokenFile != null) {
            sender.bearerToken(secret(environment, commandLine, bearerTokenEnv, bearerTokenFile, "--bearer-token"));
            return;
        }
        if (basicAuthEnv != null || basicAuthFile != null) {
            String credentials = secret(environment, commandLine, basicAuthEnv, basicAuthFile, "--basic-auth");
            int colon = credentials.indexOf(':');
            if (colon < 1) {
                throw new ParameterException(
                        commandLine,
                        "the basic credentials of " + source(basicAuthEnv, basicAuthFile, "--basic-auth")
                                + " are not USER:PASSWORD");
            }
            sender.basicAuth(credentials.substring(0, colon), credentials.substring(colon + 1));
        }
    }

    private static String secret(
            CliEnvironment environment,
            CommandLine commandLine,
            @Nullable String variable,
            @Nullable String file,
            String option) {
        String value;
        if (variable != null) {
            value = environment
                    .variable(variable)
                    .orElseThrow(() -> new ParameterException(
                            commandLine, "environment variable " + variable + " is not set (" + option + "-env)"));
        } else {
            try {
                value = Files.readString(environment.resolve(String.valueOf(file)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ParameterException(
                        commandLine, file + ": " + SessionInputs.describe(e) + " (" + option + "-file)");
            }
        }
        value = value.strip();
        if (value.isEmpty()) {
            throw new ParameterException(commandLine, source(variable, file, option) + " is empty");
        }
        return value;
    }

    /** How the source of a secret is named in a message: {@code environment variable VAR} or {@code file FILE}. */
    private static String source(@Nullable String variable, @Nullable String file, String option) {
        return variable != null
                ? "environment variable " + variable + " (" + option + "-env)"
                : "file " + file + " (" + option + "-file)";
    }
}
