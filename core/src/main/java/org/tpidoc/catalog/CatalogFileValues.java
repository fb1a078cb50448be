package org.tpidoc.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.CatalogFile.CodeEntry;
import org.tpidoc.catalog.CatalogFile.DrugEntry;
import org.tpidoc.catalog.CatalogFile.HcpcsEntry;
import org.tpidoc.catalog.CatalogFile.MuscleEntry;
import org.tpidoc.session.Coded;
import org.tpidoc.session.CodedEnums;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;
import org.tpidoc.terminology.SnomedIds;

/**
 * The values of a catalogue file as domain values, each failing with its JSON path ({@code at}): codes
 * of the enums, codes (well-formed SNOMED CT concept ids), and the records whose constructors check
 * slugs and amounts. References between entries are {@link CatalogFileResolver}'s.
 */
final class CatalogFileValues {

    private CatalogFileValues() {}

    /** A muscle; its {@code partOf} is checked by the resolver. Coded in SNOMED CT only. */
    static Muscle muscle(MuscleEntry m, String at) {
        Region region = coded(Region.class, m.region(), at + ".region");
        Concept code = m.code() == null ? null : concept(m.code(), at + ".code");
        if (code != null && !code.system().equals(CodeSystems.SNOMED_CT)) {
            throw new CatalogReadException(at + ".code.system", "a muscle is coded in SNOMED CT only");
        }
        return construct(at, () -> new Muscle(m.slug(), m.name(), region, m.chestWall(), code, m.partOf()));
    }

    /** A drug with its ingredient codes. */
    static Drug drug(DrugEntry d, String at) {
        DrugClass drugClass = coded(DrugClass.class, d.drugClass(), at + ".drugClass");
        DoseUnit doseUnit = coded(DoseUnit.class, d.doseUnit(), at + ".doseUnit");
        List<Concept> codes = concepts(d.codes(), at + ".codes");
        return construct(at, () -> new Drug(d.slug(), d.name(), drugClass, doseUnit, codes));
    }

    /** An HCPCS drug code and its billing unit; the code system is HCPCS in its https form. */
    static HcpcsCode hcpcs(HcpcsEntry h, String at) {
        Concept code = concept(h.code(), at + ".code");
        if (!code.system().equals(CodeSystems.HCPCS)) {
            throw new CatalogReadException(at + ".code.system", "expected " + CodeSystems.HCPCS);
        }
        return construct(at, () -> new HcpcsCode(code, h.perUnit(), h.singleDoseContainer()));
    }

    /** The codes of a list, {@code at[i]} for the i-th; none when the list is absent. */
    static List<Concept> concepts(@Nullable List<CodeEntry> codes, String at) {
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

    /** The product form written in lower case: {@code "liquid"} or {@code "powder"}. */
    static ProductForm form(String code, String at) {
        for (ProductForm form : ProductForm.values()) {
            if (form.name().toLowerCase(Locale.ROOT).equals(code)) {
                return form;
            }
        }
        throw new CatalogReadException(at, "expected \"liquid\" or \"powder\"");
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, String code, String at) {
        return CodedEnums.fromCode(type, code)
                .orElseThrow(() -> new CatalogReadException(at, "expected " + CodedEnums.describeCodes(type)));
    }

    /** Runs a record's constructor, its argument checks failing with the entry's path. */
    static <T> T construct(String at, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new CatalogReadException(at, String.valueOf(e.getMessage()));
        }
    }

    /** The list, or an empty one when the file leaves it out. */
    static <T> List<T> list(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
