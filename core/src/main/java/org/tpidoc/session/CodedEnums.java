package org.tpidoc.session;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Look-ups shared by the {@link Coded} enums of this package. */
public final class CodedEnums {

    private CodedEnums() {}

    /** The constant of {@code type} whose {@link Coded#code()} is {@code code}, if any. */
    public static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The accepted codes of {@code type}, quoted and joined for a message: {@code "left" or "right"}. */
    public static <E extends Enum<E> & Coded> String describeCodes(Class<E> type) {
        String[] quoted = Arrays.stream(type.getEnumConstants())
                .map(c -> '"' + c.code() + '"')
                .toArray(String[]::new);
        if (quoted.length == 1) {
            return quoted[0];
        }
        return Arrays.stream(quoted, 0, quoted.length - 1).collect(Collectors.joining(", ")) + " or "
                + quoted[quoted.length - 1];
    }
}
