package org.tpidoc.catalog;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue file that cannot be read: malformed JSON, an unknown or missing key, a value of the
 * wrong type, an unknown code, a slug given twice, or a reference ({@code partOf}, a product's drug or
 * HCPCS code) that resolves to nothing. The message names the JSON path, e.g. {@code
 * $.muscles[15].partOf}, and what is wrong. Catalogue entries are not patient data, so the message may
 * name slugs and keys.
 */
public final class CatalogReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String path;
    private final String problem;

    CatalogReadException(@Nullable String path, String problem) {
        super(path == null ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** The JSON path of the offending value, e.g. {@code $.products[3].drug}, when known. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** What is wrong, without the location, e.g. {@code no muscle "scalene" in this file or its base}. */
    public String problem() {
        return problem;
    }
}
