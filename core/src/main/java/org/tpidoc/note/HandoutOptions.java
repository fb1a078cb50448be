package org.tpidoc.note;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a clinic sets for its patients' aftercare handouts: the local emergency number the handout
 * tells the patient to call (default {@code 911}), and the clinic's name and phone number, printed
 * where the handout says to call the clinic. Immutable; start from {@link #defaults()} and change it
 * with the {@code withX} methods.
 *
 * @param emergencyNumber the local emergency number, 2 to 6 digits (e.g. {@code 911}, {@code 112},
 *     {@code 999}, {@code 000})
 * @param clinicName the clinic's name, or {@code null} to say "the clinic"; one line of at most 100
 *     characters
 * @param clinicPhone the clinic's phone number, or {@code null}; digits with spaces, {@code +},
 *     {@code -}, {@code .}, {@code /} or brackets, at most 30 characters
 */
public record HandoutOptions(
        String emergencyNumber,
        @Nullable String clinicName,
        @Nullable String clinicPhone) {

    /** The emergency number when none is set: the North American 911. */
    public static final String DEFAULT_EMERGENCY_NUMBER = "911";

    private static final Pattern EMERGENCY_NUMBER = Pattern.compile("[0-9]{2,6}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{3,30}");
    private static final int MAX_NAME_LENGTH = 100;
    private static final HandoutOptions DEFAULTS = new HandoutOptions(DEFAULT_EMERGENCY_NUMBER, null, null);

    /** Checks the emergency number, and the name and phone number when given. */
    public HandoutOptions {
        Objects.requireNonNull(emergencyNumber, "emergencyNumber");
        checkArgument(
                EMERGENCY_NUMBER.matcher(emergencyNumber).matches(),
                "the emergency number must be 2 to 6 digits (e.g. 911, 112, 999, 000), was '%s'",
                emergencyNumber);
        checkArgument(
                clinicName == null
                        || (!clinicName.isBlank()
                                && clinicName.length() <= MAX_NAME_LENGTH
                                && clinicName.lines().count() == 1),
                "the clinic name must be one line of 1 to %s characters",
                MAX_NAME_LENGTH);
        checkArgument(
                clinicPhone == null || (PHONE.matcher(clinicPhone).matches() && digits(clinicPhone) >= 3),
                "the clinic phone number must be digits, optionally with spaces, + - . / or brackets"
                        + " (e.g. +1 555-0100), was '%s'",
                clinicPhone);
    }

    /** The defaults: emergency number 911, no clinic name or phone number. */
    public static HandoutOptions defaults() {
        return DEFAULTS;
    }

    /** These options with the local emergency number {@code number} (2 to 6 digits). */
    public HandoutOptions withEmergencyNumber(String number) {
        return new HandoutOptions(number, clinicName, clinicPhone);
    }

    /** These options with the clinic's name, or {@code null} for none. */
    public HandoutOptions withClinicName(@Nullable String name) {
        return new HandoutOptions(emergencyNumber, name, clinicPhone);
    }

    /** These options with the clinic's phone number, or {@code null} for none. */
    public HandoutOptions withClinicPhone(@Nullable String phone) {
        return new HandoutOptions(emergencyNumber, clinicName, phone);
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
