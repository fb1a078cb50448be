package org.tpidoc.terminology;

/**
 * The Verhoeff check digit (J. Verhoeff, 1969), as SNOMED CT identifiers carry it: it catches every
 * single-digit error and every transposition of adjacent digits. Written here rather than taken from
 * commons-validator because that library's module descriptor requires four XML and bean libraries
 * (commons-beanutils, -digester, -collections, -logging) that this module has no use for.
 * {@code VerhoeffTest} checks it against commons-validator's {@code VerhoeffCheckDigit}.
 */
final class Verhoeff {

    /** Multiplication in the dihedral group D5. */
    private static final int[][] MULTIPLY = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
        {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
        {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
        {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
        {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
        {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
    };

    /** The permutation applied to a digit by its position from the right, repeating every 8. */
    private static final int[][] PERMUTE = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
        {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
        {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
        {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
        {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
    };

    private Verhoeff() {}

    /**
     * Whether the last digit of {@code digits} is the Verhoeff check digit of the digits before it.
     *
     * @param digits one or more decimal digits, the check digit last; the caller checks they are digits
     */
    static boolean isValid(String digits) {
        int check = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            check = MULTIPLY[check][PERMUTE[i % 8][digit]];
        }
        return check == 0;
    }
}
