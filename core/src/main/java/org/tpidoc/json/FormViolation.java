package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that Jackson could read but the session form does not allow (out of range, an unsupported
 * schema version), raised inside databind so that Jackson adds the JSON path as it unwinds. Its
 * message is the problem in our words and never holds the value.
 */
final class FormViolation extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** The problem found while {@code parser} was at the offending value. */
    FormViolation(JsonParser parser, String problem) {
        super(parser, problem);
    }

    /** This problem, located at property {@code name} of an instance of {@code type}. */
    FormViolation atProperty(Class<?> type, String name) {
        prependPath(type, name);
        return this;
    }
}
