package org.tpidoc.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The built-in catalogue of DESIGN §3, read once from {@value #RESOURCE} beside this class. Every
 * code comes from {@code terminology.md}; where it says "text only" the entry has no code. Pinned
 * entry by entry by {@code BuiltInCatalogTest} and against a snapshot by {@code
 * BuiltInCatalogSnapshotTest}.
 */
final class BuiltInCatalog {

    /** The resource holding the built-in catalogue, relative to this package. */
    static final String RESOURCE = "built-in-catalog.json";

    static final Catalog INSTANCE = load();

    private BuiltInCatalog() {}

    private static Catalog load() {
        try (InputStream json = BuiltInCatalog.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("the built-in catalogue " + RESOURCE + " is missing from the jar");
            }
            return new CatalogBuilder().readJson(json).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in catalogue " + RESOURCE, e);
        }
    }
}
