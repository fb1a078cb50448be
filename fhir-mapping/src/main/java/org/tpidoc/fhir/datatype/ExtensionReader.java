package org.tpidoc.fhir.datatype;

import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Extension;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.kernel.Extensions;

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

    /** The first extension {@code url} (or part {@code name}) of {@code element}, whatever it holds. */
    public static Optional<Extension> find(IBaseHasExtensions element, String url) {
        for (IBaseExtension<?, ?> extension : element.getExtension()) {
            if (url.equals(extension.getUrl()) && extension instanceof Extension typed) {
                return Optional.of(typed);
            }
        }
        return Optional.empty();
    }

    /**
     * The boolean of the extension {@code url} (or part {@code name}) of {@code element}: {@code null} when
     * absent or not a boolean (not recorded), which is not the same as {@code false}.
     */
    public static @Nullable Boolean optionalFlag(IBaseHasExtensions element, String url) {
        return value(element, url, BooleanType.class)
                .filter(BooleanType::hasValue)
                .map(BooleanType::getValue)
                .orElse(null);
    }

    /** Whether the boolean extension {@code url} (or part {@code name}) of {@code element} is present and true. */
    public static boolean flag(IBaseHasExtensions element, String url) {
        return value(element, url, BooleanType.class)
                .map(BooleanType::booleanValue)
                .orElse(false);
    }
}
