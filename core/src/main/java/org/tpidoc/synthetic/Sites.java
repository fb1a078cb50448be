package org.tpidoc.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.session.Laterality;

/** Chooses the distinct (muscle, side) pairs of a session from its region family. */
final class Sites {

    private static final List<Integer> COUNTS = List.of(1, 2, 3, 4, 5, 6);

    private Sites() {}

    /**
     * Between {@code minSites} and 6 distinct pairs (fewer if the family has fewer), muscles drawn by
     * weight without replacement, each on one side or both, never a muscle and a part of it. With {@code
     * chestWall}, the first pair is on a chest-wall muscle of the family.
     */
    static List<MuscleSide> choose(Rng rng, Family family, int minSites, boolean chestWall, Catalog catalog) {
        int available = family.muscles.size() * 2;
        int wanted = Math.min(available, Math.max(minSites, rng.pick(COUNTS, 15, 30, 22, 18, 9, 6)));
        List<String> muscles = new ArrayList<>(family.muscles);
        List<Integer> weights = new ArrayList<>();
        for (int w : family.weights) {
            weights.add(w);
        }
        List<MuscleSide> pairs = new ArrayList<>();
        if (chestWall) {
            List<Integer> chest = new ArrayList<>();
            for (int i = 0; i < muscles.size(); i++) {
                if (catalog.muscle(muscles.get(i)).map(Muscle::chestWall).orElse(false)) {
                    chest.add(i);
                }
            }
            if (chest.isEmpty()) {
                throw new IllegalStateException("family " + family + " has no chest-wall muscle");
            }
            int index = rng.pick(chest);
            addSides(rng, take(index, muscles, weights, catalog), muscles.size(), wanted, pairs);
        }
        while (pairs.size() < wanted && !muscles.isEmpty()) {
            int index = weightedIndex(rng, weights);
            addSides(rng, take(index, muscles, weights, catalog), muscles.size(), wanted, pairs);
        }
        return pairs;
    }

    /**
     * {@code pairs} led by a muscle of the family and a part of it, both on the side of the first pair
     * (for the overlapping-sites defect), then the other pairs, as many in all as before but at least
     * two.
     */
    static List<MuscleSide> withOverlap(Rng rng, Family family, List<MuscleSide> pairs, Catalog catalog) {
        List<String> parts = family.muscles.stream()
                .filter(m -> catalog.muscle(m)
                        .flatMap(Muscle::wholeMuscle)
                        .filter(family.muscles::contains)
                        .isPresent())
                .toList();
        if (parts.isEmpty()) {
            throw new IllegalStateException("family " + family + " has no muscle that is part of another");
        }
        String part = rng.pick(parts);
        String whole = catalog.muscle(part).flatMap(Muscle::wholeMuscle).orElseThrow();
        Laterality side = pairs.get(0).laterality();
        List<MuscleSide> out = new ArrayList<>(List.of(new MuscleSide(whole, side), new MuscleSide(part, side)));
        for (MuscleSide pair : pairs) {
            if (!out.contains(pair)) {
                out.add(pair);
            }
        }
        return List.copyOf(out.subList(0, Math.max(2, pairs.size())));
    }

    /**
     * Removes the muscle at {@code index} from the pool, with every muscle it overlaps (the whole it is
     * part of, or a part of it: scalenes and scalenus anterior), so that a session never records both
     * on one side ({@code overlapping-sites}); the muscle taken.
     */
    private static String take(int index, List<String> muscles, List<Integer> weights, Catalog catalog) {
        String taken = muscles.remove(index);
        weights.remove(index);
        String whole = catalog.wholeMuscleOf(taken);
        for (int i = muscles.size() - 1; i >= 0; i--) {
            if (catalog.wholeMuscleOf(muscles.get(i)).equals(whole)) {
                muscles.remove(i);
                weights.remove(i);
            }
        }
        return taken;
    }

    /** One side of {@code muscle}, or both: always both when the muscles left could not make up the count. */
    private static void addSides(Rng rng, String muscle, int musclesLeft, int wanted, List<MuscleSide> pairs) {
        Laterality first = rng.chance(0.5) ? Laterality.LEFT : Laterality.RIGHT;
        pairs.add(new MuscleSide(muscle, first));
        boolean bothSides = rng.chance(0.4) || musclesLeft < wanted - pairs.size();
        if (pairs.size() < wanted && bothSides) {
            pairs.add(new MuscleSide(muscle, first == Laterality.LEFT ? Laterality.RIGHT : Laterality.LEFT));
        }
    }

    private static int weightedIndex(Rng rng, List<Integer> weights) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        int r = rng.below(total);
        for (int i = 0; i < weights.size(); i++) {
            r -= weights.get(i);
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }
}
