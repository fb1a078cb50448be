package org.tpidoc.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.ReferenceStyle;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;

/**
 * The shared example sessions (byte-for-byte copies of {@code ../shared/examples}) read with the core JSON
 * reader, and their {@code expectations.json}.
 */
public final class ExampleSessions {

    /** Lidocaine and triamcinolone, trapezius and levator scapulae: the DESIGN §4 sample. */
    public static final String NECK_SHOULDER = "neck-shoulder-lidocaine-triamcinolone.json";
    /** Bupivacaine and methylprednisolone, three low-back sites, patient by identifier only. */
    public static final String LOW_BACK = "low-back-bupivacaine-methylprednisolone.json";
    /** Dry needling of the right piriformis, no encounter. */
    public static final String DRY_NEEDLING = "dry-needling-piriformis.json";
    /** OnabotulinumtoxinA reconstituted with saline, ultrasound guided. */
    public static final String BOTULINUM = "botulinum-cervical-ultrasound.json";

    private ExampleSessions() {}

    /** The example session in {@code examples/sessions/<file>}. */
    public static InjectionSession read(String file) {
        return SessionJson.standard().read(text("examples/sessions/" + file));
    }

    /** The file names of the examples the expectations call valid, in expectations order. */
    public static List<String> valid() {
        List<String> files = new ArrayList<>();
        for (JsonNode entry : expectations()) {
            if (entry.path("valid").asBoolean(false)) {
                files.add(entry.get("file").asText().replace("sessions/", ""));
            }
        }
        return files;
    }

    /** The expectations entry of one example. */
    public static JsonNode expectation(String file) {
        for (JsonNode entry : expectations()) {
            if (entry.get("file").asText().equals("sessions/" + file)) {
                return entry;
            }
        }
        throw new IllegalArgumentException("no expectation for " + file);
    }

    /** A mapping context over the built-in catalogue with the default options. */
    public static MappingContext context(InjectionSession session) {
        return new MappingContext(session, MappingOptions.defaults(), Catalog.builtIn(), ReferenceStyle.RELATIVE);
    }

    /** A mapping context with {@code options}. */
    public static MappingContext context(InjectionSession session, MappingOptions options) {
        return new MappingContext(session, options, Catalog.builtIn(), ReferenceStyle.RELATIVE);
    }

    private static JsonNode expectations() {
        try {
            return new ObjectMapper().readTree(text("examples/expectations.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test resource as UTF-8 text. */
    public static String text(String resource) {
        try (InputStream in = ExampleSessions.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
