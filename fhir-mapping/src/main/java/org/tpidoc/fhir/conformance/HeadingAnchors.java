package org.tpidoc.fhir.conformance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The anchors GitHub gives a document's headings, handed out in document order: the heading lower-cased,
 * punctuation other than {@code -} and {@code _} dropped, spaces turned into {@code -}; a repeated anchor gets
 * {@code -1}, {@code -2}… as GitHub's slugger does. Ask for every heading, the title included, in the order
 * they appear, so that links written before a heading still point at it.
 */
final class HeadingAnchors {

    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The anchor of the next heading with this text. */
    String next(String heading) {
        String slug =
                DROPPED.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        String anchor = slug;
        while (occurrences.containsKey(anchor)) {
            anchor = slug + "-" + occurrences.merge(slug, 1, Integer::sum);
        }
        occurrences.put(anchor, 0);
        return anchor;
    }
}
