package org.tpidoc.fhir.conformance;

import java.util.Map;

/**
 * How the document names a canonical URL: a definition or value set of this document as a link to its section,
 * a core R4 StructureDefinition by its type name, anything else as its URL in a code span.
 *
 * @param byUrl the Markdown link of each canonical URL (without {@code |version}) this document describes
 */
record CanonicalLinks(Map<String, String> byUrl) {

    private static final String CORE_STRUCTURE = "http://hl7.org/fhir/StructureDefinition/";

    CanonicalLinks {
        byUrl = Map.copyOf(byUrl);
    }

    /** A profile, extension or type: our link, the core type's name, or the URL. */
    String structure(String canonical) {
        String url = unversioned(canonical);
        if (byUrl.containsKey(url)) {
            return byUrl.get(url);
        }
        return url.startsWith(CORE_STRUCTURE) && url.indexOf('/', CORE_STRUCTURE.length()) < 0
                ? url.substring(CORE_STRUCTURE.length())
                : MarkdownText.code(canonical);
    }

    /** A value set: our link to the value set list, or the URL as written (with its version). */
    String valueSet(String canonical) {
        String link = byUrl.get(unversioned(canonical));
        return link != null ? link : MarkdownText.code(canonical);
    }

    private static String unversioned(String canonical) {
        int bar = canonical.indexOf('|');
        return bar < 0 ? canonical : canonical.substring(0, bar);
    }
}
