package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Builds JSON paths in the {@code $.sites[1].laterality} form used by error messages. */
final class JsonPaths {

    /** The path of the document's root value. */
    static final String ROOT = "$";

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");
    private static final int MAX_QUOTED_NAME = 40;

    private JsonPaths() {}

    /** The path of property {@code name} of the object at {@code path}. */
    static String property(String path, String name) {
        if (SIMPLE_NAME.matcher(name).matches()) {
            return path + '.' + name;
        }
        String shown = name.length() > MAX_QUOTED_NAME ? name.substring(0, MAX_QUOTED_NAME) + "..." : name;
        return path + "['" + shown.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of element {@code index} of the array at {@code path}. */
    static String element(String path, int index) {
        return path + '[' + index + ']';
    }

    /** The path of the value a streaming parser is at, from its parsing context. */
    static String of(@Nullable JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = element(path, Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                path = property(path, c.getCurrentName());
            }
        }
        return path;
    }

    /** The path that databind's references (property names, element indexes) lead to from {@code root}. */
    static String of(String root, List<JsonMappingException.Reference> references) {
        String path = root;
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path = property(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path = element(path, reference.getIndex());
            }
        }
        return path;
    }
}
