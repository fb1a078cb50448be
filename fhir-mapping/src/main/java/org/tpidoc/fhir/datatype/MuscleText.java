package org.tpidoc.fhir.datatype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.session.Laterality;

/**
 * Muscles and sides in words, as other systems write body sites: {@code "Left trapezius"}, {@code
 * "trapezius, left (upper fibres)"}, {@code "Structure of levator scapulae muscle"}. A muscle is recognised
 * when the words of exactly one catalogue muscle (its name or its slug, plural or singular) appear in
 * the text; words such as "muscle", "structure of" are ignored, a parenthesis is the site's detail.
 */
final class MuscleText {

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");
    private static final Set<String> LEFT = Set.of("left", "l", "lt");
    private static final Set<String> RIGHT = Set.of("right", "r", "rt");
    private static final Set<String> BOTH = Set.of("bilateral", "both", "bilat");
    private static final Set<String> IGNORED = Set.of("muscle", "muscles", "m", "mm", "structure", "of", "the");

    /**
     * What a text says.
     *
     * @param muscle the slug of the one muscle named, or {@code null}
     * @param side the one side named, or {@code null}
     * @param bothSides whether both sides are named
     * @param detail the text of a parenthesis, or {@code null}
     */
    record Parsed(
            @Nullable String muscle,
            @Nullable Laterality side,
            boolean bothSides,
            @Nullable String detail) {}

    private MuscleText() {}

    static Parsed parse(Catalog catalog, String text) {
        String detail = null;
        Matcher parenthesis = PARENTHESIS.matcher(text);
        if (parenthesis.find() && !parenthesis.group(1).isBlank()) {
            detail = parenthesis.group(1).strip();
        }
        List<String> words = words(parenthesis.replaceAll(" "));
        boolean left = words.stream().anyMatch(LEFT::contains);
        boolean right = words.stream().anyMatch(RIGHT::contains);
        boolean both = (left && right) || words.stream().anyMatch(BOTH::contains);
        Laterality side = both ? null : left ? Laterality.LEFT : right ? Laterality.RIGHT : null;
        List<String> rest = words.stream()
                .filter(w -> !LEFT.contains(w) && !RIGHT.contains(w) && !BOTH.contains(w) && !IGNORED.contains(w))
                .map(MuscleText::singular)
                .toList();
        return new Parsed(muscle(catalog, rest), side, both, detail);
    }

    /** The slug of the one muscle whose words appear in {@code words}, or {@code null} (none, or several). */
    private static @Nullable String muscle(Catalog catalog, List<String> words) {
        List<Match> matches = new ArrayList<>();
        for (Muscle muscle : catalog.muscles()) {
            for (List<String> form :
                    List.of(name(muscle.name()), name(muscle.slug().replace('-', ' ')))) {
                int at = indexOf(words, form);
                if (!form.isEmpty() && at >= 0) {
                    matches.add(new Match(muscle.slug(), at, at + form.size()));
                }
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (Match match : matches) {
            if (matches.stream().noneMatch(other -> other.covers(match))) {
                found.add(match.slug());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Words {@code start} (inclusive) to {@code end} (exclusive) name muscle {@code slug}. */
    private record Match(String slug, int start, int end) {

        /** Whether this match is another muscle's and spans more words around {@code other}. */
        boolean covers(Match other) {
            return !slug.equals(other.slug)
                    && start <= other.start
                    && end >= other.end
                    && end - start > other.end - other.start;
        }
    }

    private static List<String> name(String name) {
        return words(name).stream()
                .filter(w -> !IGNORED.contains(w))
                .map(MuscleText::singular)
                .toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static int indexOf(List<String> words, List<String> form) {
        for (int i = 0; i + form.size() <= words.size(); i++) {
            if (words.subList(i, i + form.size()).equals(form)) {
                return i;
            }
        }
        return -1;
    }
}
