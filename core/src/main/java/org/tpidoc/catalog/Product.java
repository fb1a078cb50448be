package org.tpidoc.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tpidoc.terminology.Concept;

/**
 * A drug product that can be drawn up: one drug at a strength.
 *
 * <p>For a {@link ProductForm#LIQUID}, {@code strength} is the drug per mL (e.g. 10 mg/mL lidocaine).
 * For a {@link ProductForm#POWDER}, {@code strength} is the drug per container (e.g. 100 units per
 * vial) and a component draws an amount in the drug's unit.
 *
 * @param slug the stable slug, e.g. {@code "lidocaine-10mg-ml"}
 * @param name the name in words, e.g. {@code "lidocaine 10 mg/mL"}
 * @param drug the drug it contains
 * @param form liquid or powder
 * @param strength the drug per mL (liquid) or per container (powder), in the drug's unit, positive
 * @param codes product codes (RxNorm product, a vendor's NDC, ...) where known; may be empty
 * @param hcpcs the HCPCS drug code and billing unit, or {@code null} (e.g. local anaesthetics)
 */
public record Product(
        String slug,
        String name,
        Drug drug,
        ProductForm form,
        BigDecimal strength,
        List<Concept> codes,
        @Nullable HcpcsCode hcpcs) {

    /** Checks the parts and copies the codes. */
    public Product {
        Slugs.check(slug, "product");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(form, "form");
        checkArgument(strength.signum() > 0, "strength must be positive");
        codes = List.copyOf(codes);
    }

    /** The HCPCS code, if the product is billed separately. */
    public Optional<HcpcsCode> hcpcsCode() {
        return Optional.ofNullable(hcpcs);
    }

    /**
     * Whether the catalogue holds this product only in single-dose containers (a botulinum toxin vial):
     * what billing assumes when a component does not record its container. Its HCPCS code says so
     * ({@link HcpcsCode#singleDoseContainer()}); a product sold in both kinds (triamcinolone, in
     * single-dose and multi-dose vials by maker and size) is not single-dose here, so its container must
     * be recorded for JW/JZ.
     */
    public boolean singleDose() {
        return hcpcs != null && hcpcs.singleDoseContainer();
    }

    /** This product with {@code code} added to its codes (e.g. a vendor's NDC). */
    public Product withCode(Concept code) {
        return new Product(
                slug,
                name,
                drug,
                form,
                strength,
                com.google.common.collect.ImmutableList.<Concept>builder()
                        .addAll(codes)
                        .add(code)
                        .build(),
                hcpcs);
    }
}
