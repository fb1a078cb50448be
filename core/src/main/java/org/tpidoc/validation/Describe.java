package org.tpidoc.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tpidoc.session.Decimals;

/**
 * Wording shared by the rules' messages. A value typed by a user (an unknown slug) is quoted only
 * when it has the shape of a slug, lower-case kebab-case as the JSON contract requires; anything else
 * could be free text or patient data and is never echoed.
 */
final class Describe {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final int MAX_ECHOED_LENGTH = 64;

    private Describe() {}

    /** {@code value} in double quotes when it is shaped like a slug; empty otherwise. */
    static Optional<String> quotedSlug(String value) {
        if (value.length() <= MAX_ECHOED_LENGTH && SLUG.matcher(value).matches()) {
            return Optional.of('"' + value + '"');
        }
        return Optional.empty();
    }

    /** A decimal for display: at most two decimals, no trailing zeros ({@code "2.5"}, {@code "405"}). */
    static String number(BigDecimal value) {
        return Decimals.normalize(value.setScale(2, RoundingMode.HALF_UP)).toPlainString();
    }
}
