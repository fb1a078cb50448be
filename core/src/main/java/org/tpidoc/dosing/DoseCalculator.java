package org.tpidoc.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Drug;
import org.tpidoc.catalog.Product;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Preparation;

/**
 * Derives doses from a session. A liquid component contributes its share of the preparation's liquid
 * volume times its concentration; a powder (a botulinum toxin vial) is spread over the preparation's
 * liquid volume. So a site given {@code v} mL of a preparation with liquid volume {@code V} receives
 * {@code v × volume / V × concentration} of each liquid and {@code v × amount / V} of each powder.
 *
 * <p>What cannot be computed is left out rather than guessed: an unknown product, an unknown
 * preparation, a site without volume, or a preparation with no liquid volume. The validator reports
 * those. Immutable and thread-safe.
 */
public final class DoseCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final Catalog catalog;

    /** A calculator that resolves products in {@code catalog}. */
    public DoseCalculator(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Everything dose-related in {@code session}. Never throws on a structurally valid session.
     *
     * <p>A session total is computed per preparation as {@code drawn × volume given / liquid volume},
     * dividing once, rather than by adding the per-site doses: three sites given a third each of 80 mg
     * add up to exactly 80 mg, not 80.00000000000001 mg (which would bill one HCPCS unit too many and
     * could trip a maximum held exactly).
     */
    public SessionDoses compute(InjectionSession session) {
        List<SiteDoses> perSite = new ArrayList<>();
        // Keyed by slug, the drug's identity: a vendor catalogue may build two Drug values for one drug.
        Map<String, Drug> firstUse = new LinkedHashMap<>();
        Set<MuscleSide> muscleSides = new LinkedHashSet<>();
        for (int i = 0; i < session.sites().size(); i++) {
            InjectionSite site = session.sites().get(i);
            muscleSides.add(new MuscleSide(site.muscle(), site.laterality()));
            List<Dose> doses = siteDoses(session, site);
            perSite.add(new SiteDoses(i, site, doses));
            doses.forEach(d -> firstUse.putIfAbsent(d.drug().slug(), d.drug()));
        }
        List<ComponentUsage> usage = usage(session);
        List<Dose> totals = new ArrayList<>();
        for (Drug drug : firstUse.values()) {
            BigDecimal total = usage.stream()
                    .filter(u -> u.product().drug().slug().equals(drug.slug()))
                    .map(ComponentUsage::administered)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.add(new Dose(drug, total));
        }
        return new SessionDoses(perSite, totals, usage, muscleSides);
    }

    /** The dose of each drug given at {@code site}, in component order; empty when not computable. */
    public List<Dose> siteDoses(InjectionSession session, InjectionSite site) {
        Optional<Preparation> preparation =
                site.preparation() == null ? Optional.empty() : session.preparation(site.preparation());
        if (preparation.isEmpty() || site.volumeMl() == null || site.volumeMl().signum() <= 0) {
            return List.of();
        }
        BigDecimal liquidVolume = preparation.get().liquidVolumeMl();
        if (liquidVolume.signum() <= 0) {
            return List.of();
        }
        List<Dose> doses = new ArrayList<>();
        for (Component component : preparation.get().components()) {
            catalog.product(component.product())
                    .map(product ->
                            new Dose(product.drug(), share(drawn(component, product), site.volumeMl(), liquidVolume)))
                    .ifPresent(doses::add);
        }
        return doses;
    }

    private List<ComponentUsage> usage(InjectionSession session) {
        List<ComponentUsage> usage = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        for (Preparation preparation : session.preparations()) {
            BigDecimal liquidVolume = preparation.liquidVolumeMl();
            // Sites resolve a duplicated id to the first preparation with it (as siteDoses does): a later
            // one with the same id was drawn up but, as recorded, never given.
            boolean resolvable = seenIds.add(preparation.id());
            BigDecimal volumeGiven = !resolvable
                    ? BigDecimal.ZERO
                    : session.sites().stream()
                            .filter(s -> preparation.id().equals(s.preparation()) && s.volumeMl() != null)
                            .map(InjectionSite::volumeMl)
                            .filter(v -> v.signum() > 0)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int c = 0; c < preparation.components().size(); c++) {
                Component component = preparation.components().get(c);
                Optional<Product> product = catalog.product(component.product());
                if (product.isEmpty()) {
                    continue;
                }
                BigDecimal drawn = drawn(component, product.get());
                BigDecimal administered =
                        liquidVolume.signum() > 0 ? share(drawn, volumeGiven, liquidVolume) : BigDecimal.ZERO;
                BigDecimal discarded = drawn.subtract(administered).max(BigDecimal.ZERO);
                usage.add(new ComponentUsage(
                        preparation.id(),
                        c,
                        component,
                        product.get(),
                        norm(drawn),
                        norm(administered),
                        norm(discarded)));
            }
        }
        return usage;
    }

    /** The drug drawn up in a component: volume × concentration for a liquid, the amount for a powder. */
    private static BigDecimal drawn(Component component, Product product) {
        return component.isLiquid() ? component.volumeMl().multiply(product.strength()) : component.amount();
    }

    /** {@code drawn × given / liquidVolume}, dividing once at the end. */
    private static BigDecimal share(BigDecimal drawn, BigDecimal given, BigDecimal liquidVolume) {
        return norm(drawn.multiply(given).divide(liquidVolume, PRECISION));
    }

    private static BigDecimal norm(BigDecimal value) {
        return org.tpidoc.session.Decimals.normalize(value);
    }
}
