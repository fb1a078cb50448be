package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Deserializers for the scalars whose Jackson readers are more lenient than the form: the
 * {@code java.time} module also reads epoch numbers and quoted numbers as date-times, and Jackson's
 * UUID reader also takes base64. Wrong types and bad text are reported through the {@link
 * DeserializationContext}, so {@link ReadFailures} words them by the target type.
 */
final class StrictScalars {

    /** The largest number of digits before, and after, the decimal point of a quantity. */
    static final int MAX_DECIMAL_DIGITS = 9;

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private StrictScalars() {}

    /** ISO-8601 date-times with an offset, like {@code 2026-11-20T10:15:00-05:00}, kept as given. */
    static StdScalarDeserializer<OffsetDateTime> dateTime() {
        return new FromText<>(
                OffsetDateTime.class, text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /** ISO-8601 calendar dates, like {@code 2027-08-31}. */
    static StdScalarDeserializer<LocalDate> date() {
        return new FromText<>(LocalDate.class, text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** UUIDs in their canonical 36-character form. */
    static StdScalarDeserializer<UUID> uuid() {
        return new FromText<>(UUID.class, text -> {
            if (!UUID_FORM.matcher(text).matches()) {
                throw new IllegalArgumentException("not a canonical UUID");
            }
            return UUID.fromString(text);
        });
    }

    /** A value read from a JSON string by a parse function that throws on bad text. */
    private static final class FromText<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Function<String, T> parse;

        FromText(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                return (T) ctxt.handleWeirdStringValue(handledType(), text, "not in the form's text form");
            }
        }
    }

    /**
     * Decimal quantities: JSON numbers only (never strings), read exactly, with at most {@value
     * #MAX_DECIMAL_DIGITS} digits before and after the decimal point (so that {@code 1e999999999}
     * cannot cost memory later).
     */
    static final class Decimal extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        Decimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isNumeric()) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            BigDecimal number = p.getDecimalValue();
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.signum() != 0
                    && (stripped.precision() - stripped.scale() > MAX_DECIMAL_DIGITS
                            || stripped.scale() > MAX_DECIMAL_DIGITS)) {
                throw new FormViolation(
                        p,
                        "expected a number with at most " + MAX_DECIMAL_DIGITS + " digits before and "
                                + MAX_DECIMAL_DIGITS + " after the decimal point");
            }
            return number;
        }
    }
}
