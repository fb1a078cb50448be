package org.tpidoc.catalog;

import com.google.common.collect.ImmutableMap;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a catalogue from a base: a vendor adds its own muscles, products, risks, ... or replaces an
 * entry by adding one with the same slug (e.g. a product with its formulary's NDC). Not thread-safe;
 * the catalogue it builds is immutable.
 */
public final class CatalogBuilder {

    private final Map<String, Muscle> muscles = new LinkedHashMap<>();
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, Risk> risks = new LinkedHashMap<>();
    private final Map<String, Complication> complications = new LinkedHashMap<>();
    private final Map<String, ExamFinding> findings = new LinkedHashMap<>();
    private final Map<String, PriorTherapy> priorTherapies = new LinkedHashMap<>();

    CatalogBuilder() {}

    CatalogBuilder(Catalog base) {
        addAll(base);
    }

    private void addAll(Catalog base) {
        putAll(muscles, base.muscles(), Muscle::slug);
        putAll(products, base.products(), Product::slug);
        putAll(risks, base.risks(), Risk::slug);
        putAll(complications, base.complications(), Complication::slug);
        putAll(findings, base.findings(), ExamFinding::slug);
        putAll(priorTherapies, base.priorTherapies(), PriorTherapy::slug);
    }

    private static <T> void putAll(Map<String, T> map, Collection<T> entries, Function<T, String> slug) {
        entries.forEach(e -> map.put(slug.apply(e), e));
    }

    /** Adds a muscle, replacing any with the same slug. */
    public CatalogBuilder muscle(Muscle muscle) {
        muscles.put(muscle.slug(), muscle);
        return this;
    }

    /** Adds a product, replacing any with the same slug. */
    public CatalogBuilder product(Product product) {
        products.put(product.slug(), product);
        return this;
    }

    /** Adds a risk, replacing any with the same slug. */
    public CatalogBuilder risk(Risk risk) {
        risks.put(risk.slug(), risk);
        return this;
    }

    /** Adds a complication, replacing any with the same slug. */
    public CatalogBuilder complication(Complication complication) {
        complications.put(complication.slug(), complication);
        return this;
    }

    /** Adds an examination finding, replacing any with the same slug. */
    public CatalogBuilder finding(ExamFinding finding) {
        findings.put(finding.slug(), finding);
        return this;
    }

    /** Adds a prior therapy, replacing any with the same slug. */
    public CatalogBuilder priorTherapy(PriorTherapy therapy) {
        priorTherapies.put(therapy.slug(), therapy);
        return this;
    }

    /**
     * Adds every entry of a catalogue file, replacing any with the same slug: the JSON form of the
     * built-in catalogue ({@code org/tpidoc/catalog/built-in-catalog.json} in this jar, the example to
     * copy). A file holds any of the lists below, each entry's keys named as the record components it
     * fills; codes are {@code {"system", "code", "display"}} objects ({@code display} optional); enum
     * values are their kebab-case codes; drugs and HCPCS codes are listed once and products refer to
     * them by drug slug and by HCPCS code, in the file or among the products already in this builder.
     *
     * <pre>{@code
     * {
     *   "muscles":    [{"slug": "scalenus-medius", "name": "scalenus medius", "region": "neck",
     *                   "chestWall": true, "partOf": "scalenes"}],
     *   "drugs":      [{"slug": "ropivacaine", "name": "ropivacaine", "drugClass": "amide-local-anesthetic",
     *                   "doseUnit": "mg", "codes": [{"system": "http://www.whocc.no/atc", "code": "N01BB09"}]}],
     *   "hcpcsCodes": [{"code": {"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
     *                   "code": "J3301", "display": "..."}, "perUnit": 10, "singleDoseContainer": false}],
     *   "products":   [{"slug": "ropivacaine-2mg-ml", "name": "ropivacaine 2 mg/mL", "drug": "ropivacaine",
     *                   "form": "liquid", "strength": 2, "codes": [], "hcpcs": "J3301"}],
     *   "risks": [{"slug": "...", "name": "..."}], "complications": [...], "findings": [...],
     *   "priorTherapies": [...]
     * }
     * }</pre>
     *
     * <p>Reading is strict and all-or-nothing: an unknown or missing key, {@code null}, a value of the
     * wrong type, an unknown code, a slug listed twice, a {@code partOf}, drug or HCPCS code that
     * resolves to nothing, a {@code partOf} loop, a drug or HCPCS code no product uses, or a malformed
     * SNOMED CT id fails with a {@link CatalogReadException} naming the JSON path, and leaves this
     * builder unchanged. The codes are the vendor's to check: this library ships only those of its
     * terminology table.
     *
     * @param json the file's bytes (UTF-8); read to its end and not closed
     * @return this builder
     * @throws CatalogReadException when the file is not a valid catalogue file
     * @throws java.io.UncheckedIOException when the stream cannot be read
     */
    public CatalogBuilder readJson(InputStream json) {
        addAll(CatalogFileResolver.resolve(CatalogFileReader.read(json), build()));
        return this;
    }

    /** The immutable, thread-safe catalogue. */
    public Catalog build() {
        return new MapCatalog(
                ImmutableMap.copyOf(muscles),
                ImmutableMap.copyOf(products),
                ImmutableMap.copyOf(risks),
                ImmutableMap.copyOf(complications),
                ImmutableMap.copyOf(findings),
                ImmutableMap.copyOf(priorTherapies));
    }
}
