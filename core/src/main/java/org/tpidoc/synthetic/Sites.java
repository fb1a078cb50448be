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
     * weight without replacement, each on one side or both. With {@code chestWall}, the first pair is
     * on a chest-wall muscle of the family.
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
            addSides(rng, muscles.remove(index), muscles.size(), wanted, pairs);
            weights.remove(index);
        }
        while (pairs.size() < wanted && !muscles.isEmpty()) {
            int index = weightedIndex(rng, weights);
            addSides(rng, muscles.remove(index), muscles.size(), wanted, pairs);
            weights.remove(index);
        }
        return pairs;
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
