package org.tpidoc.terminology;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the form of SNOMED CT identifiers (SCTIDs), so that a mistyped code is caught before it is
 * shipped or exported. It cannot tell whether a well-formed id names the concept meant: only a
 * terminology table can (see {@code terminology.md}).
 *
 * <p>An SCTID is 6 to 18 decimal digits with no leading zero. Its last digit is a Verhoeff check
 * digit, which catches every single-digit error and every transposition of adjacent digits. The two
 * digits before it are the partition identifier: {@code 00} concept, {@code 01} description, {@code 02}
 * relationship (short format, International release), and {@code 10}, {@code 11}, {@code 12} for the
 * same in long format, where a 7-digit namespace identifier precedes the partition (so a long-format
 * id has at least 11 digits). A concept id has partition {@code 00} or {@code 10}.
 *
 * <p>Messages name the id only when it is all digits and at most 18 long: codes are not patient data,
 * but free text typed into a code field might be.
 */
public final class SnomedIds {

    private static final int MIN_LENGTH = 6;
    private static final int MAX_LENGTH = 18;
    /** Item identifier (at least 1 digit), namespace (7), partition (2) and check digit (1). */
    private static final int MIN_LONG_FORMAT_LENGTH = 11;

    private static final Set<String> PARTITIONS = Set.of("00", "01", "02", "10", "11", "12");
    private static final Set<String> CONCEPT_PARTITIONS = Set.of("00", "10");

    private SnomedIds() {}

    /**
     * Whether {@code id} is a well-formed SCTID of any component (concept, description or
     * relationship).
     *
     * @param id the identifier to check; never null
     */
    public static boolean isValidId(String id) {
        return problem(id, false).isEmpty();
    }

    /**
     * Whether {@code id} is a well-formed SNOMED CT concept id: digits, length, partition {@code 00} or
     * {@code 10}, and check digit.
     *
     * @param id the identifier to check, e.g. {@code "31764008"}; never null
     */
    public static boolean isValidConceptId(String id) {
        return problem(id, true).isEmpty();
    }

    /**
     * What is wrong with {@code id} as a SNOMED CT concept id, in words, or empty when it is
     * well-formed. For callers that report problems as data (validation findings).
     *
     * @param id the identifier to check; never null
     */
    public static Optional<String> conceptIdProblem(String id) {
        return problem(id, true);
    }

    /**
     * Checks that {@code id} is a well-formed SNOMED CT concept id.
     *
     * @param id the identifier to check; never null
     * @return {@code id}, for use in expressions
     * @throws IllegalArgumentException naming the problem (digits, length, leading zero, partition or
     *     check digit)
     */
    public static String checkConceptId(String id) {
        Optional<String> problem = problem(id, true);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return id;
    }

    private static Optional<String> problem(String id, boolean conceptOnly) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            return Optional.of("SNOMED CT id is empty");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("SNOMED CT id must contain digits 0-9 only; character " + (i + 1) + " is not one");
            }
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of(
                    "SNOMED CT id has " + id.length() + " digits; an id has " + MIN_LENGTH + " to " + MAX_LENGTH);
        }
        String named = "SNOMED CT id " + id;
        if (id.length() < MIN_LENGTH) {
            return Optional.of(
                    named + " has " + id.length() + " digits; an id has " + MIN_LENGTH + " to " + MAX_LENGTH);
        }
        if (id.charAt(0) == '0') {
            return Optional.of(named + " must not start with a leading zero");
        }
        String partition = id.substring(id.length() - 3, id.length() - 1);
        if (!PARTITIONS.contains(partition)) {
            return Optional.of(
                    named + " has partition identifier " + partition + ", which is not one of 00, 01, 02, 10, 11, 12");
        }
        if (conceptOnly && !CONCEPT_PARTITIONS.contains(partition)) {
            String kind = partition.charAt(1) == '1' ? "description" : "relationship";
            return Optional.of(named + " has partition identifier " + partition + " (a " + kind
                    + " id), not a concept partition (00 or 10)");
        }
        if (partition.charAt(0) == '1' && id.length() < MIN_LONG_FORMAT_LENGTH) {
            return Optional.of(named + " has long-format partition identifier " + partition + " but only " + id.length()
                    + " digits; a long-format id has at least " + MIN_LONG_FORMAT_LENGTH);
        }
        if (!Verhoeff.isValid(id)) {
            return Optional.of(named + " fails its Verhoeff check digit (mistyped?)");
        }
        return Optional.empty();
    }
}
