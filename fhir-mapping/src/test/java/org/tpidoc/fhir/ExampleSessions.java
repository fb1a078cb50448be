package org.tpidoc.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.ReferenceStyle;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Examples;

/**
 * The test kit's example sessions ({@link Examples}) read with the core JSON reader, their expectations, and
 * mapping contexts over them.
 */
public final class ExampleSessions {

    /** Lidocaine and triamcinolone, trapezius and levator scapulae: the DESIGN §4 sample. */
    public static final String NECK_SHOULDER = Examples.NECK_SHOULDER;
    /** Bupivacaine and methylprednisolone, three low-back sites, patient by identifier only. */
    public static final String LOW_BACK = Examples.LOW_BACK;
    /** Dry needling of the right piriformis, no encounter. */
    public static final String DRY_NEEDLING = Examples.DRY_NEEDLING;
    /** OnabotulinumtoxinA reconstituted with saline, ultrasound guided. */
    public static final String BOTULINUM = Examples.BOTULINUM;

    private ExampleSessions() {}

    /** The example session {@code file}, e.g. {@link #NECK_SHOULDER}. */
    public static InjectionSession read(String file) {
        return SessionJson.standard().read(Examples.text(file));
    }

    /** The file names of the examples the expectations call valid, in expectations order (never empty). */
    public static List<String> valid() {
        return Examples.valid().stream().map(Example::file).toList();
    }

    /** A mapping context over the built-in catalogue with the default options. */
    public static MappingContext context(InjectionSession session) {
        return new MappingContext(session, MappingOptions.defaults(), Catalog.builtIn(), ReferenceStyle.RELATIVE);
    }

    /** A mapping context with {@code options}. */
    public static MappingContext context(InjectionSession session, MappingOptions options) {
        return new MappingContext(session, options, Catalog.builtIn(), ReferenceStyle.RELATIVE);
    }

    /** A test resource of this module (e.g. {@code import/foreign/...}) as UTF-8 text. */
    public static String text(String resource) {
        try (InputStream in = ExampleSessions.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
