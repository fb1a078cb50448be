package org.tpidoc.json;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * JSON input that cannot be read as sessions: malformed JSON, a limit exceeded, or content that does
 * not fit the session form. The message names where (the NDJSON or document line when known, and the
 * JSON path such as {@code $.sites[1].laterality}) and what was expected. It never quotes the input,
 * since that may identify a patient; for the same reason it carries no cause (parser messages quote
 * the input).
 */
public final class SessionReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String path;
    private final long line;
    private final String problem;

    SessionReadException(@Nullable String path, long line, String problem) {
        super(describe(path, line, problem), null, false, true);
        this.path = path;
        this.line = line;
        this.problem = problem;
    }

    SessionReadException(String path, String problem) {
        this(path, 0, problem);
    }

    /** The JSON path of the offending value, e.g. {@code $.sites[1].laterality}, when known. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /**
     * The 1-based line: for NDJSON the line holding the session; for malformed JSON or an exceeded
     * limit the line where the parser stopped; empty when not known.
     */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /** What is wrong, without the location, e.g. {@code expected "left" or "right"}. */
    public String problem() {
        return problem;
    }

    private static String describe(@Nullable String path, long line, String problem) {
        StringBuilder message = new StringBuilder();
        if (line > 0) {
            message.append("line ").append(line).append(": ");
        }
        if (path != null) {
            message.append(path).append(": ");
        }
        return message.append(problem).toString();
    }
}
