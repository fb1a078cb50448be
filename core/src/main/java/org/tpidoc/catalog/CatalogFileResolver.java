package org.tpidoc.catalog;

import static org.tpidoc.catalog.CatalogFileValues.concepts;
import static org.tpidoc.catalog.CatalogFileValues.construct;
import static org.tpidoc.catalog.CatalogFileValues.form;
import static org.tpidoc.catalog.CatalogFileValues.list;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.CatalogFile.DrugEntry;
import org.tpidoc.catalog.CatalogFile.MuscleEntry;
import org.tpidoc.catalog.CatalogFile.NamedEntry;
import org.tpidoc.catalog.CatalogFile.ProductEntry;
import org.tpidoc.terminology.Concept;

/**
 * Turns a {@link CatalogFile} into catalogue entries, checking what Jackson cannot: each slug (and HCPCS
 * code) at most once per list, every reference resolved (a muscle's {@code partOf}, a product's drug
 * and HCPCS code, in the file or in the base it extends), no {@code partOf} loop, and no drug or HCPCS
 * code listed but unused. Values are checked by {@link CatalogFileValues}. The first problem fails with
 * a {@link CatalogReadException}.
 */
final class CatalogFileResolver {

    private final Catalog base;
    private final CatalogBuilder entries = new CatalogBuilder();

    private CatalogFileResolver(Catalog base) {
        this.base = base;
    }

    /** The entries of {@code file}, in file order, with references resolved in the file or in {@code base}. */
    static Catalog resolve(CatalogFile file, Catalog base) {
        CatalogFileResolver resolver = new CatalogFileResolver(base);
        resolver.muscles(list(file.muscles()));
        Map<String, Drug> drugs = unique(list(file.drugs()), "drugs", DrugEntry::slug, CatalogFileValues::drug);
        Map<String, HcpcsCode> hcpcs =
                unique(list(file.hcpcsCodes()), "hcpcsCodes", h -> h.code().code(), CatalogFileValues::hcpcs);
        resolver.products(list(file.products()), drugs, hcpcs);
        CatalogBuilder entries = resolver.entries;
        named(file.risks(), "risks", Risk::new).forEach(entries::risk);
        named(file.complications(), "complications", Complication::new).forEach(entries::complication);
        named(file.findings(), "findings", ExamFinding::new).forEach(entries::finding);
        named(file.priorTherapies(), "priorTherapies", PriorTherapy::new).forEach(entries::priorTherapy);
        return entries.build();
    }

    private void muscles(List<MuscleEntry> list) {
        Map<String, Muscle> muscles = unique(list, "muscles", MuscleEntry::slug, CatalogFileValues::muscle);
        Function<String, Optional<Muscle>> lookUp =
                slug -> Optional.ofNullable(muscles.get(slug)).or(() -> base.muscle(slug));
        for (int i = 0; i < list.size(); i++) {
            String partOf = list.get(i).partOf();
            if (partOf == null) {
                continue;
            }
            String at = "$.muscles[" + i + "].partOf";
            if (lookUp.apply(partOf).isEmpty()) {
                throw new CatalogReadException(at, "no muscle \"" + partOf + "\" in this file or its base");
            }
            checkNoLoop(list.get(i).slug(), lookUp, at);
        }
        muscles.values().forEach(entries::muscle);
    }

    private static void checkNoLoop(String slug, Function<String, Optional<Muscle>> lookUp, String at) {
        Set<String> seen = new HashSet<>(List.of(slug));
        Optional<String> whole = lookUp.apply(slug).flatMap(Muscle::wholeMuscle);
        while (whole.isPresent()) {
            if (!seen.add(whole.get())) {
                throw new CatalogReadException(
                        at, "muscle \"" + slug + "\" is part of a loop through \"" + whole.get() + "\"");
            }
            whole = lookUp.apply(whole.get()).flatMap(Muscle::wholeMuscle);
        }
    }

    private void products(List<ProductEntry> list, Map<String, Drug> drugs, Map<String, HcpcsCode> hcpcs) {
        Map<String, Drug> baseDrugs = new LinkedHashMap<>();
        Map<String, HcpcsCode> baseHcpcs = new LinkedHashMap<>();
        for (Product product : base.products()) {
            baseDrugs.putIfAbsent(product.drug().slug(), product.drug());
            product.hcpcsCode().ifPresent(h -> baseHcpcs.putIfAbsent(h.code().code(), h));
        }
        Set<String> usedDrugs = new HashSet<>();
        Set<String> usedHcpcs = new HashSet<>();
        unique(list, "products", ProductEntry::slug, (p, at) -> {
                    Drug drug = resolve(p.drug(), drugs, baseDrugs, at + ".drug", "drug");
                    usedDrugs.add(p.drug());
                    HcpcsCode code = null;
                    if (p.hcpcs() != null) {
                        code = resolve(p.hcpcs(), hcpcs, baseHcpcs, at + ".hcpcs", "HCPCS code");
                        usedHcpcs.add(p.hcpcs());
                    }
                    ProductForm form = form(p.form(), at + ".form");
                    List<Concept> codes = concepts(p.codes(), at + ".codes");
                    HcpcsCode billed = code;
                    return construct(
                            at, () -> new Product(p.slug(), p.name(), drug, form, p.strength(), codes, billed));
                })
                .values()
                .forEach(entries::product);
        checkAllUsed(drugs.keySet(), usedDrugs, "drugs", "drug");
        checkAllUsed(hcpcs.keySet(), usedHcpcs, "hcpcsCodes", "HCPCS code");
    }

    private static <T> T resolve(String key, Map<String, T> inFile, Map<String, T> inBase, String at, String what) {
        T found = inFile.containsKey(key) ? inFile.get(key) : inBase.get(key);
        if (found == null) {
            throw new CatalogReadException(at, "no " + what + " \"" + key + "\" in this file or its base");
        }
        return found;
    }

    private static void checkAllUsed(Set<String> listed, Set<String> used, String list, String what) {
        for (String key : listed) {
            if (!used.contains(key)) {
                throw new CatalogReadException("$." + list, what + " \"" + key + "\" is used by no product");
            }
        }
    }

    /** A list of slugs with their words (risks, complications, findings, prior therapies). */
    private static <T> Collection<T> named(
            @Nullable List<NamedEntry> list, String name, BiFunction<String, String, T> constructor) {
        return unique(
                        list(list),
                        name,
                        NamedEntry::slug,
                        (e, at) -> construct(at, () -> constructor.apply(e.slug(), e.name())))
                .values();
    }

    /** What a file entry becomes; {@code at} is its JSON path, for messages. */
    private interface Entry<F, T> {
        T build(F fileEntry, String at);
    }

    /** The built entries of one list, keyed in file order; a key given twice fails. */
    private static <F, T> Map<String, T> unique(List<F> list, String name, Function<F, String> key, Entry<F, T> build) {
        Map<String, T> built = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$." + name + "[" + i + "]";
            String k = key.apply(list.get(i));
            Integer first = firstAt.putIfAbsent(k, i);
            if (first != null) {
                throw new CatalogReadException(at, "\"" + k + "\" is already listed at $." + name + "[" + first + "]");
            }
            built.put(k, build.build(list.get(i), at));
        }
        return built;
    }
}
