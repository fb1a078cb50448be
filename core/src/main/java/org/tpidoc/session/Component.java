package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One product drawn up into a {@link Preparation}: either a volume of a liquid of known
 * concentration, or an amount of a powder in the product's unit (e.g. 100 units of a botulinum
 * toxin vial). Exactly one of {@code volumeMl} and {@code amount} is present, and it is positive.
 *
 * @param product the catalogue product slug, e.g. {@code "lidocaine-10mg-ml"} (checked by the validator)
 * @param volumeMl the volume drawn up in mL, for a liquid
 * @param amount the amount drawn up in the product's unit, for a powder
 * @param lot the manufacturer's lot number, or {@code null}
 * @param expiry the expiry date, or {@code null}
 * @param container the vial it was drawn from, or {@code null} when not recorded; a single-dose liquid's
 *     container states its volume
 */
public record Component(
        String product,
        @Nullable BigDecimal volumeMl,
        @Nullable BigDecimal amount,
        @Nullable String lot,
        @Nullable LocalDate expiry,
        @Nullable Container container) {

    /** Checks the product slug and that exactly one positive quantity is given. */
    public Component {
        Objects.requireNonNull(product, "component.product is required");
        checkArgument(!product.isBlank(), "component.product must not be blank");
        volumeMl = Decimals.normalize(volumeMl);
        amount = Decimals.normalize(amount);
        checkArgument((volumeMl == null) != (amount == null), "a component needs exactly one of volumeMl and amount");
        checkArgument(volumeMl == null || volumeMl.signum() > 0, "component.volumeMl must be positive");
        checkArgument(amount == null || amount.signum() > 0, "component.amount must be positive");
        checkArgument(lot == null || !lot.isBlank(), "component.lot must not be blank when present");
        boolean singleDoseLiquid = container != null && container.isSingleDose() && volumeMl != null;
        checkArgument(
                !singleDoseLiquid || container.volumeMl() != null,
                "component.container.volumeMl is required for a single-dose liquid");
        checkArgument(
                container == null || container.volumeMl() == null || volumeMl != null,
                "component.container.volumeMl applies to a liquid; a powder vial holds the product's amount");
    }

    /** A liquid component of the given volume in mL. */
    public static Component liquid(String product, BigDecimal volumeMl) {
        return new Component(product, volumeMl, null, null, null, null);
    }

    /** A powder component of the given amount in the product's unit. */
    public static Component powder(String product, BigDecimal amount) {
        return new Component(product, null, amount, null, null, null);
    }

    /** This component with a lot number and expiry date. */
    public Component withBatch(String lotNumber, LocalDate expiryDate) {
        return new Component(product, volumeMl, amount, lotNumber, expiryDate, container);
    }

    /** This component drawn from {@code vial}. */
    public Component withContainer(@Nullable Container vial) {
        return new Component(product, volumeMl, amount, lot, expiry, vial);
    }

    /** Whether this is a liquid (measured in mL) rather than a powder. */
    public boolean isLiquid() {
        return volumeMl != null;
    }
}
