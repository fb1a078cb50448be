package org.tpidoc.fhir.conformance;

import java.util.regex.Pattern;

/**
 * The inline Markdown of the profiles document: plain text taken from a definition, code spans for URLs,
 * codes and element ids, links to the document's own sections. Nothing here writes HTML.
 */
final class MarkdownText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>])");

    private MarkdownText() {}

    /** A FHIR {@code string} (such as {@code short}) as literal text on one line: Markdown's specials escaped. */
    static String text(String plain) {
        return SPECIAL.matcher(oneLine(plain)).replaceAll("\\\\$1");
    }

    /** A FHIR {@code markdown} value (such as {@code description}) kept as Markdown, on one line. */
    static String markdown(String markdown) {
        return oneLine(markdown);
    }

    /** The text as a code span; a text holding a backtick gets a double-backtick fence. */
    static String code(String literal) {
        String value = oneLine(literal);
        return value.contains("`") ? "`` " + value + " ``" : "`" + value + "`";
    }

    /** A link to a heading of this document. */
    static String link(String label, String anchor) {
        return "[" + text(label) + "](#" + anchor + ")";
    }

    /** The text as one table cell: on one line, with every {@code |} escaped so it cannot end the cell. */
    static String cell(String markdown) {
        return oneLine(markdown).replace("|", "\\|");
    }

    private static String oneLine(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}
