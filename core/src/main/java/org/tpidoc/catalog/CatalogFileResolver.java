package org.tpidoc.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.CatalogFile.CodeEntry;
import org.tpidoc.catalog.CatalogFile.DrugEntry;
import org.tpidoc.catalog.CatalogFile.HcpcsEntry;
import org.tpidoc.catalog.CatalogFile.MuscleEntry;
import org.tpidoc.catalog.CatalogFile.NamedEntry;
import org.tpidoc.catalog.CatalogFile.ProductEntry;
import org.tpidoc.session.Coded;
import org.tpidoc.session.CodedEnums;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;
import org.tpidoc.terminology.SnomedIds;

/**
 * Turns a {@link CatalogFile} into catalogue entries, checking what Jackson cannot: codes of the enums,
 * each slug (and HCPCS code) at most once per list, every reference resolved (a muscle's {@code partOf},
 * a product's drug and HCPCS code, in the file or in the base it extends) with no {@code partOf} loop,
 * no drug or HCPCS code listed but unused, well-formed SNOMED CT concept ids, a muscle coded only in
 * SNOMED CT and an HCPCS code only in HCPCS. The first problem fails with a {@link CatalogReadException}.
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
        Map<String, Drug> drugs = unique(list(file.drugs()), "drugs", DrugEntry::slug, CatalogFileResolver::drug);
        Map<String, HcpcsCode> hcpcs =
                unique(list(file.hcpcsCodes()), "hcpcsCodes", h -> h.code().code(), CatalogFileResolver::hcpcs);
        resolver.products(list(file.products()), drugs, hcpcs);
        CatalogBuilder entries = resolver.entries;
        named(file.risks(), "risks", Risk::new).forEach(entries::risk);
        named(file.complications(), "complications", Complication::new).forEach(entries::complication);
        named(file.findings(), "findings", ExamFinding::new).forEach(entries::finding);
        named(file.priorTherapies(), "priorTherapies", PriorTherapy::new).forEach(entries::priorTherapy);
        return entries.build();
    }

    private void muscles(List<MuscleEntry> list) {
        Map<String, Muscle> muscles = unique(list, "muscles", MuscleEntry::slug, this::muscle);
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

    private Muscle muscle(MuscleEntry m, String at) {
        Region region = coded(Region.class, m.region(), at + ".region");
        Concept code = null;
        if (m.code() != null) {
            code = concept(m.code(), at + ".code");
            if (!code.system().equals(CodeSystems.SNOMED_CT)) {
                throw new CatalogReadException(at + ".code.system", "a muscle is coded in SNOMED CT only");
            }
        }
        Concept snomed = code;
        return construct(at, () -> new Muscle(m.slug(), m.name(), region, m.chestWall(), snomed, m.partOf()));
    }

    private static Drug drug(DrugEntry d, String at) {
        DrugClass drugClass = coded(DrugClass.class, d.drugClass(), at + ".drugClass");
        DoseUnit doseUnit = coded(DoseUnit.class, d.doseUnit(), at + ".doseUnit");
        List<Concept> codes = concepts(d.codes(), at + ".codes");
        return construct(at, () -> new Drug(d.slug(), d.name(), drugClass, doseUnit, codes));
    }

    private static HcpcsCode hcpcs(HcpcsEntry h, String at) {
        Concept code = concept(h.code(), at + ".code");
        if (!code.system().equals(CodeSystems.HCPCS)) {
            throw new CatalogReadException(at + ".code.system", "expected " + CodeSystems.HCPCS);
        }
        return construct(at, () -> new HcpcsCode(code, h.perUnit(), h.singleDoseContainer()));
    }

    private static List<Concept> concepts(@Nullable List<CodeEntry> codes, String at) {
        List<Concept> concepts = new ArrayList<>();
        List<CodeEntry> list = list(codes);
        for (int i = 0; i < list.size(); i++) {
            concepts.add(concept(list.get(i), at + "[" + i + "]"));
        }
        return concepts;
    }

    private static Concept concept(CodeEntry c, String at) {
        Concept concept = construct(at, () -> new Concept(c.system(), c.code(), c.display()));
        if (concept.system().equals(CodeSystems.SNOMED_CT)) {
            SnomedIds.conceptIdProblem(concept.code()).ifPresent(problem -> {
                throw new CatalogReadException(at + ".code", problem);
            });
        }
        return concept;
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, String code, String at) {
        return CodedEnums.fromCode(type, code)
                .orElseThrow(() -> new CatalogReadException(at, "expected " + CodedEnums.describeCodes(type)));
    }

    private static ProductForm form(String code, String at) {
        for (ProductForm form : ProductForm.values()) {
            if (form.name().toLowerCase(Locale.ROOT).equals(code)) {
                return form;
            }
        }
        throw new CatalogReadException(at, "expected \"liquid\" or \"powder\"");
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

    /** Runs a record's constructor, its argument checks failing with the entry's path. */
    private static <T> T construct(String at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new CatalogReadException(at, String.valueOf(e.getMessage()));
        }
    }

    private static <T> List<T> list(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
