package org.tpidoc.fhir.r4.datatype;

import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.BooleanType;

/**
 * Values of extensions and of the parts of complex extensions, typed: the inverse of {@link Extensions}'
 * {@code add} and {@code part}. An extension with another type of value counts as absent.
 */
public final class ExtensionReader {

    private ExtensionReader() {}

    /** The value of the first extension {@code url} (or part {@code name}) of {@code element}, if of {@code type}. */
    public static <T> Optional<T> value(IBaseHasExtensions element, String url, Class<T> type) {
        for (IBaseExtension<?, ?> extension : element.getExtension()) {
            if (url.equals(extension.getUrl())) {
                Object value = extension.getValue();
                return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the boolean extension {@code url} (or part {@code name}) of {@code element} is present and true. */
    public static boolean flag(IBaseHasExtensions element, String url) {
        return value(element, url, BooleanType.class)
                .map(BooleanType::booleanValue)
                .orElse(false);
    }
}
