package org.tpidoc.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.dosing.DoseLimits;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.session.Component;
import org.tpidoc.session.Preparation;

/**
 * Draws up the preparations of an injection session and shares them out over its sites. Liquid
 * preparations hold a local anaesthetic (within 80% of its maximum for the patient's weight, local
 * anaesthetics together included), often a corticosteroid, and saline to make up the volume; volumes
 * come in 0.5 mL steps, 0.5–2 mL per point. A botulinum toxin vial is reconstituted with saline and
 * given in 5-unit steps, the whole vial or less.
 */
final class Injectates {

    /** One site's share: points, and the preparation and volume given there (none for dry needling). */
    record Injected(
            MuscleSide pair,
            int points,
            @Nullable String preparation,
            @Nullable BigDecimal volumeMl) {}

    /** The preparations and the sites that use them. */
    record Plan(List<Preparation> preparations, List<Injected> sites) {}

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final double BUDGET = 0.8;
    private static final List<Integer> POINTS = List.of(1, 2, 3);
    private static final List<String> PER_POINT = List.of("0.5", "1", "1.5", "2");
    private static final List<String> LOCAL_ANAESTHETICS =
            List.of("lidocaine-10mg-ml", "lidocaine-20mg-ml", "bupivacaine-2.5mg-ml", "bupivacaine-5mg-ml", "mix");
    private static final List<String> STEROIDS = List.of(
            "triamcinolone-acetonide-40mg-ml",
            "methylprednisolone-acetate-40mg-ml",
            "methylprednisolone-acetate-80mg-ml",
            "dexamethasone-sodium-phosphate-4mg-ml",
            "dexamethasone-sodium-phosphate-10mg-ml",
            "betamethasone-6mg-ml");
    private static final List<Integer> TOXIN_UNITS = List.of(5, 10, 15, 20, 25, 30, 40, 50);

    private Injectates() {}

    /** Dry needling: every site needled, nothing drawn up. */
    static Plan needled(Rng rng, List<MuscleSide> pairs) {
        List<Injected> sites = new ArrayList<>();
        for (MuscleSide pair : pairs) {
            sites.add(new Injected(pair, rng.pick(List.of(1, 2, 3, 4), 35, 35, 20, 10), null, null));
        }
        return new Plan(List.of(), sites);
    }

    /** Liquid preparations (one, sometimes two) for the sites, dosed as {@code spec} says. */
    static Plan liquid(Rng rng, List<MuscleSide> pairs, Spec spec, BigDecimal weightKg, LocalDate date) {
        int n = pairs.size();
        List<Integer> points = new ArrayList<>();
        List<BigDecimal> volumes = new ArrayList<>();
        boolean overdose = spec.dosing() != Spec.Dosing.USUAL;
        for (int i = 0; i < n; i++) {
            int p = overdose ? 3 : rng.pick(POINTS, 50, 35, 15);
            BigDecimal perPoint = overdose
                    ? new BigDecimal("2")
                    : new BigDecimal(
                            spec.steroid() ? rng.pick(PER_POINT.subList(1, 4)) : rng.pick(PER_POINT, 3, 4, 2, 1));
            if (i == 0 && spec.highVolumeSite()) {
                p = 1;
                perPoint = new BigDecimal("3.5");
            }
            points.add(p);
            volumes.add(perPoint.multiply(BigDecimal.valueOf(p)));
        }
        BigDecimal total = sum(volumes, 0, n);
        List<Preparation> preparations = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        switch (spec.dosing()) {
            case LIDOCAINE_ABOVE_MAXIMUM ->
                preparations.add(Preparation.of("A", batch(rng, Component.liquid("lidocaine-20mg-ml", total), date)));
            case COMBINED_ABOVE_MAXIMUM -> preparations.add(combined(rng, total, weightKg, date));
            case USUAL -> {
                boolean two = !spec.singlePreparation() && n >= 2 && rng.chance(0.15);
                int split = two ? rng.between(1, n - 1) : n;
                Budget budget = new Budget(weightKg);
                preparations.add(usual(rng, "A", sum(volumes, 0, split), total, spec.steroid(), budget, date));
                if (two) {
                    preparations.add(usual(rng, "B", sum(volumes, split, n), total, false, budget, date));
                }
                for (int i = 0; i < n; i++) {
                    ids.add(i < split ? "A" : "B");
                }
            }
        }
        List<Injected> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(new Injected(pairs.get(i), points.get(i), ids.isEmpty() ? "A" : ids.get(i), volumes.get(i)));
        }
        return new Plan(preparations, sites);
    }

    /** A botulinum toxin vial with saline, shared over the sites in 5-unit steps (some sites may drop out). */
    static Plan toxin(Rng rng, List<MuscleSide> pairs, LocalDate date) {
        int vial = rng.chance(0.7) ? 100 : 200;
        int salineMl = vial == 100 ? rng.pick(List.of(1, 2, 4), 1, 3, 1) : rng.pick(List.of(2, 4), 1, 2);
        BigDecimal unitsPerMl = BigDecimal.valueOf(vial / salineMl);
        List<Integer> units = new ArrayList<>();
        if (rng.chance(0.25)) {
            int base = vial / pairs.size() / 5 * 5;
            for (int i = 0; i < pairs.size(); i++) {
                units.add(base + (i == 0 ? vial - base * pairs.size() : 0));
            }
        } else {
            int left = vial;
            for (int i = 0; i < pairs.size() && left >= 5; i++) {
                int u = Math.min(left, rng.pick(TOXIN_UNITS, 1, 3, 3, 4, 3, 2, 1, 1));
                units.add(u);
                left -= u;
            }
        }
        List<Injected> sites = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            int u = units.get(i);
            int points = u <= 10 ? 1 : rng.between(1, Math.min(3, u / 5));
            sites.add(new Injected(
                    pairs.get(i), points, "T", BigDecimal.valueOf(u).divide(unitsPerMl)));
        }
        Preparation preparation = Preparation.of(
                "T",
                batch(
                        rng,
                        Component.powder("onabotulinumtoxina-" + vial + "-unit-vial", BigDecimal.valueOf(vial)),
                        date),
                batch(rng, Component.liquid("sodium-chloride-9mg-ml", BigDecimal.valueOf(salineMl)), date));
        return new Plan(List.of(preparation), sites);
    }

    /** A preparation of volume given {@code given} plus a little extra drawn, for the usual dosing. */
    private static Preparation usual(
            Rng rng,
            String id,
            BigDecimal given,
            BigDecimal sessionTotal,
            boolean steroid,
            Budget budget,
            LocalDate date) {
        BigDecimal volume = given.add(rng.pick(List.of(BigDecimal.ZERO, HALF, BigDecimal.ONE), 7, 2, 1));
        List<Component> components = new ArrayList<>();
        BigDecimal steroidMl = BigDecimal.ZERO;
        String steroidProduct = rng.pick(STEROIDS, 30, 20, 10, 15, 10, 15);
        if (steroid || (id.equals("A") && rng.chance(0.55))) {
            steroidMl = steroidProduct.contains("80mg") || rng.chance(0.5) ? HALF : BigDecimal.ONE;
            if (steroidMl.compareTo(volume.subtract(HALF)) > 0) {
                steroidMl = volume.compareTo(BigDecimal.ONE) >= 0 ? HALF : BigDecimal.ZERO;
            }
        }
        BigDecimal rest = volume.subtract(steroidMl);
        BigDecimal wanted = rng.chance(0.6)
                ? rest
                : floorHalf(rest.divide(BigDecimal.valueOf(2))).max(HALF);
        double share = BUDGET * given.doubleValue() / sessionTotal.doubleValue();
        String choice = rng.pick(LOCAL_ANAESTHETICS, 40, 10, 20, 10, 20);
        BigDecimal anaesthetic = BigDecimal.ZERO;
        if (choice.equals("mix")) {
            BigDecimal lidocaine =
                    floorHalf(wanted.divide(BigDecimal.valueOf(2))).max(HALF).min(wanted);
            anaesthetic = anaesthetic.add(budget.draw("lidocaine-10mg-ml", lidocaine, share / 2, components));
            anaesthetic = anaesthetic.add(
                    budget.draw("bupivacaine-2.5mg-ml", wanted.subtract(lidocaine), share / 2, components));
        } else {
            anaesthetic = budget.draw(choice, wanted, share, components);
        }
        if (steroidMl.signum() > 0) {
            components.add(Component.liquid(steroidProduct, steroidMl));
        }
        BigDecimal saline = rest.subtract(anaesthetic);
        if (saline.signum() > 0) {
            components.add(Component.liquid("sodium-chloride-9mg-ml", saline));
        }
        return new Preparation(
                id, components.stream().map(c -> batch(rng, c, date)).toList());
    }

    /** Lidocaine and bupivacaine each at 60–65% of its maximum, saline to {@code total}. */
    private static Preparation combined(Rng rng, BigDecimal total, BigDecimal weightKg, LocalDate date) {
        BigDecimal lidocaine = ceilHalf(
                maximum("lidocaine", weightKg).multiply(new BigDecimal("0.6")).divide(BigDecimal.valueOf(20)));
        BigDecimal bupivacaine = ceilHalf(
                maximum("bupivacaine", weightKg).multiply(new BigDecimal("0.6")).divide(BigDecimal.valueOf(5)));
        List<Component> components = new ArrayList<>();
        components.add(batch(rng, Component.liquid("lidocaine-20mg-ml", lidocaine), date));
        components.add(batch(rng, Component.liquid("bupivacaine-5mg-ml", bupivacaine), date));
        BigDecimal saline = total.subtract(lidocaine).subtract(bupivacaine);
        if (saline.signum() > 0) {
            components.add(batch(rng, Component.liquid("sodium-chloride-9mg-ml", saline), date));
        }
        return new Preparation("A", components);
    }

    /** The default maximum of {@code drug} for the weight. */
    static BigDecimal maximum(String drug, BigDecimal weightKg) {
        return DoseLimits.defaults().forDrug(drug).orElseThrow().maximumFor(weightKg);
    }

    /** How much of the local anaesthetic maxima is left to draw, as fractions of each maximum. */
    private static final class Budget {
        private final BigDecimal weightKg;
        private double used;

        Budget(BigDecimal weightKg) {
            this.weightKg = weightKg;
        }

        /** Adds up to {@code wanted} mL of {@code product} within {@code share} of the maxima; the volume drawn. */
        BigDecimal draw(String product, BigDecimal wanted, double share, List<Component> out) {
            String drug = product.startsWith("lidocaine") ? "lidocaine" : "bupivacaine";
            BigDecimal perMl = new BigDecimal(product.replaceAll("^[a-z]+-([0-9.]+)mg-ml$", "$1"));
            double maximum = maximum(drug, weightKg).doubleValue();
            double allowedMl = Math.min(share, BUDGET - used) * maximum / perMl.doubleValue();
            BigDecimal volume = wanted.min(floorHalf(BigDecimal.valueOf(Math.max(0, allowedMl))));
            if (volume.signum() > 0) {
                out.add(Component.liquid(product, volume));
                used += volume.doubleValue() * perMl.doubleValue() / maximum;
            }
            return volume;
        }
    }

    /** The component with a made-up lot and an expiry 4–30 months on, most of the time. */
    private static Component batch(Rng rng, Component component, LocalDate date) {
        if (!rng.chance(0.85)) {
            return component;
        }
        String product = component.product();
        String lot = product.startsWith("onabotulinumtoxina")
                ? "C" + rng.digits(4) + "C" + rng.digits(1)
                : prefix(product) + rng.digits(4);
        LocalDate expiry = date.plusMonths(rng.between(4, 30)).with(TemporalAdjusters.lastDayOfMonth());
        return component.withBatch(lot, expiry);
    }

    private static String prefix(String product) {
        return switch (product.substring(0, 4)) {
            case "lido" -> "LD";
            case "bupi" -> "BP";
            case "tria" -> "TA";
            case "meth" -> "MP";
            case "dexa" -> "DX";
            case "beta" -> "BM";
            default -> "NS";
        };
    }

    private static BigDecimal sum(List<BigDecimal> values, int from, int to) {
        return values.subList(from, to).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal floorHalf(BigDecimal value) {
        return value.multiply(BigDecimal.valueOf(2))
                .setScale(0, RoundingMode.FLOOR)
                .divide(BigDecimal.valueOf(2));
    }

    private static BigDecimal ceilHalf(BigDecimal value) {
        return value.multiply(BigDecimal.valueOf(2))
                .setScale(0, RoundingMode.CEILING)
                .divide(BigDecimal.valueOf(2));
    }
}
