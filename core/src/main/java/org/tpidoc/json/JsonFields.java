package org.tpidoc.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.Coded;
import org.tpidoc.session.CodedEnums;

/**
 * The properties of one JSON object, read strictly and with paths: each accessor checks the type and
 * range of one property and fails with a {@link SessionReadException} naming its path. Absent
 * optional properties give {@code null} (or an empty list, or {@code false}); JSON {@code null} is
 * never accepted.
 */
final class JsonFields {

    /** The largest number of digits before, and after, the decimal point of a quantity. */
    static final int MAX_DECIMAL_DIGITS = 9;

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JsonNode node;
    private final JsonPath path;
    private final Set<String> properties;

    private JsonFields(JsonNode node, JsonPath path, Set<String> properties) {
        this.node = node;
        this.path = path;
        this.properties = properties;
    }

    /** Reads {@code node} at {@code path} with {@code shape}; constructor failures name the path. */
    static <T> T read(JsonNode node, JsonPath path, ObjectShape<T> shape) {
        if (!node.isObject()) {
            throw fail(path, "expected an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!shape.properties().contains(name)) {
                throw fail(path.property(name), "unknown property");
            }
        }
        JsonFields fields = new JsonFields(node, path, shape.properties());
        try {
            return shape.build().apply(fields);
        } catch (IllegalArgumentException | NullPointerException e) {
            // A record's compact constructor rejected the values; its message names the field.
            String message = e.getMessage();
            throw fail(path, message == null || message.isBlank() ? "invalid value" : message);
        }
    }

    /** A required string. */
    String text(String name) {
        return asText(required(name), at(name));
    }

    /** An optional string. */
    @Nullable
    String optionalText(String name) {
        return ifPresent(name, JsonFields::asText);
    }

    /** A required whole number within {@code min..max}. */
    int integer(String name, int min, int max) {
        return asInteger(required(name), at(name), min, max);
    }

    /** An optional whole number within {@code min..max}. */
    @Nullable
    Integer optionalInteger(String name, int min, int max) {
        return ifPresent(name, (value, valuePath) -> asInteger(value, valuePath, min, max));
    }

    /** A required decimal quantity. */
    BigDecimal decimal(String name) {
        return asDecimal(required(name), at(name));
    }

    /** An optional decimal quantity. */
    @Nullable
    BigDecimal optionalDecimal(String name) {
        return ifPresent(name, JsonFields::asDecimal);
    }

    /** An optional boolean; absent means {@code false}. */
    boolean flag(String name) {
        return Boolean.TRUE.equals(optionalFlag(name));
    }

    /** An optional boolean; absent means not recorded ({@code null}). */
    @Nullable
    Boolean optionalFlag(String name) {
        return ifPresent(name, JsonFields::asBoolean);
    }

    /** A required code of {@code type}. */
    <E extends Enum<E> & Coded> E code(String name, Class<E> type) {
        return asCode(required(name), at(name), type);
    }

    /** An optional code of {@code type}. */
    <E extends Enum<E> & Coded> @Nullable E optionalCode(String name, Class<E> type) {
        return ifPresent(name, (value, valuePath) -> asCode(value, valuePath, type));
    }

    /** A required date-time with its offset, kept as given. */
    OffsetDateTime dateTime(String name) {
        return asDateTime(required(name), at(name));
    }

    /** An optional date-time with its offset, kept as given. */
    @Nullable
    OffsetDateTime optionalDateTime(String name) {
        return ifPresent(name, JsonFields::asDateTime);
    }

    /** An optional calendar date. */
    @Nullable
    LocalDate optionalDate(String name) {
        return ifPresent(name, JsonFields::asDate);
    }

    /** A required UUID in its canonical 36-character form. */
    UUID uuid(String name) {
        String problem = "expected a UUID, like \"8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11\"";
        String text = asText(required(name), at(name), problem);
        if (!UUID_FORM.matcher(text).matches()) {
            throw fail(at(name), problem);
        }
        return UUID.fromString(text);
    }

    /** A required object read with {@code shape}. */
    <T> T object(String name, ObjectShape<T> shape) {
        return read(required(name), at(name), shape);
    }

    /** An optional object read with {@code shape}. */
    <T> @Nullable T optionalObject(String name, ObjectShape<T> shape) {
        return ifPresent(name, (value, valuePath) -> read(value, valuePath, shape));
    }

    /** An optional array of objects read with {@code shape}; absent means empty. */
    <T> List<T> objects(String name, ObjectShape<T> shape) {
        return array(name, (element, elementPath) -> read(element, elementPath, shape));
    }

    /** An optional array of strings (slugs); absent means empty. */
    List<String> texts(String name) {
        return array(name, JsonFields::asText);
    }

    private <T> List<T> array(String name, ValueReader<T> reader) {
        JsonNode value = optional(name);
        if (value == null) {
            return List.of();
        }
        JsonPath arrayPath = at(name);
        if (!value.isArray()) {
            throw fail(arrayPath, "expected an array");
        }
        List<T> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            result.add(reader.read(value.get(i), arrayPath.element(i)));
        }
        return result;
    }

    /** The property read with {@code reader}, or {@code null} when it is absent. */
    private <T> @Nullable T ifPresent(String name, ValueReader<T> reader) {
        JsonNode value = optional(name);
        return value == null ? null : reader.read(value, at(name));
    }

    private JsonPath at(String name) {
        if (!properties.contains(name)) {
            throw new IllegalStateException("property not declared in its shape: " + name);
        }
        return path.property(name);
    }

    private JsonNode required(String name) {
        JsonNode value = optional(name);
        if (value == null) {
            throw fail(at(name), "required property is missing");
        }
        return value;
    }

    private @Nullable JsonNode optional(String name) {
        JsonPath valuePath = at(name);
        JsonNode value = node.get(name);
        if (value != null && value.isNull()) {
            throw fail(valuePath, "null is not allowed; leave the property out instead");
        }
        return value;
    }

    private static String asText(JsonNode value, JsonPath path) {
        return asText(value, path, "expected a string");
    }

    private static String asText(JsonNode value, JsonPath path, String problem) {
        if (!value.isTextual()) {
            throw fail(path, problem);
        }
        return value.textValue();
    }

    private static boolean asBoolean(JsonNode value, JsonPath path) {
        if (!value.isBoolean()) {
            throw fail(path, "expected true or false");
        }
        return value.booleanValue();
    }

    private static int asInteger(JsonNode value, JsonPath path, int min, int max) {
        if (!value.isIntegralNumber()) {
            throw fail(path, "expected a whole number");
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw fail(
                    path,
                    max == Integer.MAX_VALUE
                            ? "expected a whole number of at least " + min
                            : "expected a whole number from " + min + " to " + max);
        }
        return value.intValue();
    }

    private static BigDecimal asDecimal(JsonNode value, JsonPath path) {
        if (!value.isNumber()) {
            throw fail(path, "expected a number");
        }
        BigDecimal number = value.decimalValue();
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.signum() != 0
                && (stripped.precision() - stripped.scale() > MAX_DECIMAL_DIGITS
                        || stripped.scale() > MAX_DECIMAL_DIGITS)) {
            throw fail(
                    path,
                    "expected a number with at most " + MAX_DECIMAL_DIGITS + " digits before and " + MAX_DECIMAL_DIGITS
                            + " after the decimal point");
        }
        return number;
    }

    private static <E extends Enum<E> & Coded> E asCode(JsonNode value, JsonPath path, Class<E> type) {
        if (value.isTextual()) {
            var constant = CodedEnums.fromCode(type, value.textValue());
            if (constant.isPresent()) {
                return constant.get();
            }
        }
        throw fail(path, "expected " + CodedEnums.describeCodes(type));
    }

    private static OffsetDateTime asDateTime(JsonNode value, JsonPath path) {
        String problem = "expected an ISO-8601 date-time with offset, like \"2026-11-20T10:15:00-05:00\"";
        try {
            return OffsetDateTime.parse(asText(value, path, problem), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw fail(path, problem);
        }
    }

    private static LocalDate asDate(JsonNode value, JsonPath path) {
        String problem = "expected an ISO-8601 date, like \"2027-08-31\"";
        try {
            return LocalDate.parse(asText(value, path, problem), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw fail(path, problem);
        }
    }

    static SessionReadException fail(JsonPath path, String problem) {
        return new SessionReadException(path.toString(), problem);
    }

    /** Reads one value (a property or an array element) at its path. */
    @FunctionalInterface
    private interface ValueReader<T> {
        T read(JsonNode element, JsonPath path);
    }
}
