package org.tpidoc.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** The slug rule: lower-case kebab-case ASCII, stable forever. */
final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private Slugs() {}

    static String check(String slug, String what) {
        checkArgument(slug != null && SLUG.matcher(slug).matches(), "%s slug must be lower-case kebab-case", what);
        return slug;
    }
}
