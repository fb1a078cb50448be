package org.tpidoc.catalog;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a catalogue file, as Jackson reads it: one list per kind of entry, every key named
 * as the record component it fills. Drugs and HCPCS codes are listed once and products refer to them
 * (by drug slug and by HCPCS code). A missing list is empty; enum values are their kebab-case codes and
 * are checked, with every reference, by {@link CatalogFileResolver}.
 */
record CatalogFile(
        @Nullable List<MuscleEntry> muscles,
        @Nullable List<DrugEntry> drugs,
        @Nullable List<HcpcsEntry> hcpcsCodes,
        @Nullable List<ProductEntry> products,
        @Nullable List<NamedEntry> risks,
        @Nullable List<NamedEntry> complications,
        @Nullable List<NamedEntry> findings,
        @Nullable List<NamedEntry> priorTherapies) {

    /** A key that must be present and not {@code null}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @JacksonAnnotationsInside
    @JsonProperty(required = true)
    @JsonSetter(nulls = Nulls.FAIL)
    @interface Required {}

    /** A code: {@code {"system": "http://snomed.info/sct", "code": "31764008", "display": "..."}}. */
    record CodeEntry(
            @Required String system,
            @Required String code,
            @Nullable String display) {}

    /** A {@link Muscle}; {@code region} is a {@link Region} code, {@code partOf} a muscle slug. */
    record MuscleEntry(
            @Required String slug,
            @Required String name,
            @Required String region,
            @Required boolean chestWall,
            @Nullable CodeEntry code,
            @Nullable String partOf) {}

    /** A {@link Drug}; {@code drugClass} and {@code doseUnit} are codes of their enums. */
    record DrugEntry(
            @Required String slug,
            @Required String name,
            @Required String drugClass,
            @Required String doseUnit,
            @Nullable List<CodeEntry> codes) {}

    /** A {@link HcpcsCode}; products refer to it by {@code code.code}, e.g. {@code "J3301"}. */
    record HcpcsEntry(
            @Required CodeEntry code,
            @Required BigDecimal perUnit,
            @Required boolean singleDoseContainer) {}

    /**
     * A {@link Product}; {@code drug} is a drug slug, {@code form} {@code "liquid"} or {@code "powder"},
     * {@code hcpcs} an HCPCS code such as {@code "J3301"}.
     */
    record ProductEntry(
            @Required String slug,
            @Required String name,
            @Required String drug,
            @Required String form,
            @Required BigDecimal strength,
            @Nullable List<CodeEntry> codes,
            @Nullable String hcpcs) {}

    /** A risk, complication, examination finding or prior therapy: a slug and its words. */
    record NamedEntry(@Required String slug, @Required String name) {}
}
