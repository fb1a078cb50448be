package org.tpidoc.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.tpidoc.session.Decimals;

/**
 * Wording shared by the rules' messages. A value typed by a user (an unknown slug, a preparation id)
 * is quoted only when it has the shape of a code; anything else could be free text or patient data
 * and is never echoed.
 */
final class Describe {

    private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z0-9]+([._-][A-Za-z0-9]+)*");
    private static final int MAX_ECHOED_LENGTH = 64;

    private Describe() {}

    /** {@code value} in quotes when it looks like a code, otherwise a neutral phrase. */
    static String value(String value) {
        if (value.length() <= MAX_ECHOED_LENGTH && CODE_LIKE.matcher(value).matches()) {
            return '"' + value + '"';
        }
        return "a value that is not a valid code";
    }

    /** A decimal for display: at most two decimals, no trailing zeros ({@code "2.5"}, {@code "405"}). */
    static String number(BigDecimal value) {
        return Decimals.normalize(value.setScale(2, RoundingMode.HALF_UP)).toPlainString();
    }
}
