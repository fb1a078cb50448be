package org.tpidoc.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known slug an unknown one was most likely meant to be: the nearest by edit distance, when it is near
 * enough to be a typo (one edit in a short slug, up to three in a long one) and no other is as near.
 */
final class DidYouMean {

    private DidYouMean() {}

    /** The one nearest slug of {@code known} to {@code slug}, if near enough and not tied. */
    static Optional<String> closest(String slug, Collection<String> known) {
        int threshold = Math.max(1, Math.min(3, slug.length() / 4));
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        record Candidate(String slug, int distance) {}
        var near = known.stream()
                .map(candidate -> new Candidate(candidate, distance.apply(slug, candidate)))
                .filter(candidate -> candidate.distance() >= 0)
                .sorted(Comparator.comparingInt(Candidate::distance))
                .limit(2)
                .toList();
        if (near.isEmpty()
                || (near.size() == 2 && near.get(0).distance() == near.get(1).distance())) {
            return Optional.empty();
        }
        return Optional.of(near.get(0).slug());
    }
}
