package org.tpidoc.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The project's example sessions ({@code examples/sessions/*.json}, valid, invalid and malformed) and
 * their {@code examples/expectations.json}, read from this kit's resources: the one copy every module's
 * tests use. {@code expectations.json} is the index: every file it lists, in its order, and no other.
 *
 * <p>The lists never come back empty (they throw instead), so a test looping over them cannot pass on an
 * empty input.
 */
public final class Examples {

    /** Lidocaine and triamcinolone, trapezius and levator scapulae: the DESIGN §4 sample, every part present. */
    public static final String NECK_SHOULDER = "neck-shoulder-lidocaine-triamcinolone.json";
    /** Bupivacaine and methylprednisolone, three low-back sites, the patient by identifier only. */
    public static final String LOW_BACK = "low-back-bupivacaine-methylprednisolone.json";
    /** Every record part of DESIGN §2 the neck-shoulder example leaves out; a single-dose vial used whole. */
    public static final String FULL_RECORD = "full-record-single-dose-steroid.json";
    /** Dry needling of the right piriformis, no encounter, a SNOMED CT indication only. */
    public static final String DRY_NEEDLING = "dry-needling-piriformis.json";
    /** OnabotulinumtoxinA reconstituted with saline, ultrasound guided. */
    public static final String BOTULINUM = "botulinum-cervical-ultrasound.json";
    /** Readable, not valid: lidocaine above its maximum dose. */
    public static final String LIDOCAINE_ABOVE_MAXIMUM = "invalid-lidocaine-above-maximum.json";
    /** Readable, not valid: a chest-wall muscle needled without pneumothorax disclosed. */
    public static final String PNEUMOTHORAX_NOT_DISCLOSED = "invalid-pneumothorax-not-disclosed.json";
    /** Not readable: an unknown property ({@code painScoreBefore}). */
    public static final String MALFORMED_UNKNOWN_PROPERTY = "malformed-unknown-property.json";

    /** The folder of the examples among the class-path resources. */
    static final String FOLDER = "/examples/";

    private static final String SESSIONS = "sessions/";

    private Examples() {}

    /** Every example listed in {@code expectations.json}, in its order. */
    public static List<Example> all() {
        return Index.EXAMPLES;
    }

    /** The examples the JSON form reads (valid or not), in listed order. */
    public static List<Example> readable() {
        return where(Example::readable, "readable");
    }

    /** The examples the validator accepts, in listed order. */
    public static List<Example> valid() {
        return where(Example::valid, "valid");
    }

    /** The example {@code file}, e.g. {@link #NECK_SHOULDER}; fails when {@code expectations.json} does not list it. */
    public static Example named(String file) {
        return all().stream()
                .filter(example -> example.file().equals(file))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no example " + file + " in expectations.json"));
    }

    /** The text of the example session {@code file} (UTF-8); fails when there is no such file. */
    public static String text(String file) {
        return new String(bytes(SESSIONS + file), StandardCharsets.UTF_8);
    }

    /**
     * The example session {@code file} as a file on disk, for code that takes a path (the command line):
     * a copy in a temporary folder made once per JVM and deleted when it exits.
     */
    public static Path path(String file) {
        Path copy = Copies.FOLDER.resolve(named(file).file());
        synchronized (Copies.class) {
            if (!Files.exists(copy)) {
                try {
                    Files.write(copy, bytes(SESSIONS + file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                copy.toFile().deleteOnExit();
            }
        }
        return copy;
    }

    private static List<Example> where(Predicate<Example> test, String what) {
        List<Example> examples = all().stream().filter(test).toList();
        if (examples.isEmpty()) {
            throw new IllegalStateException("no " + what + " example in expectations.json");
        }
        return examples;
    }

    /** A resource under {@link #FOLDER}, whole. */
    static byte[] bytes(String resource) {
        try (InputStream in = Examples.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + FOLDER + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code expectations.json}, read once; every file it lists must exist. */
    private static final class Index {

        static final List<Example> EXAMPLES = read();

        private static List<Example> read() {
            JsonNode entries;
            try {
                entries = new ObjectMapper().readTree(bytes("expectations.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Example> examples = new ArrayList<>();
            for (JsonNode entry : entries) {
                String listed = entry.path("file").asText();
                if (!listed.startsWith(SESSIONS) || !listed.endsWith(".json")) {
                    throw new IllegalStateException("expectations.json lists " + listed + ", not sessions/*.json");
                }
                Example example = new Example(listed.substring(SESSIONS.length()), entry);
                bytes(SESSIONS + example.file());
                examples.add(example);
            }
            if (examples.isEmpty()) {
                throw new IllegalStateException("expectations.json lists no example");
            }
            return List.copyOf(examples);
        }
    }

    /** The temporary folder of {@link #path}. */
    private static final class Copies {

        static final Path FOLDER = create();

        private static Path create() {
            try {
                Path folder = Files.createTempDirectory("tpidoc-examples");
                folder.toFile().deleteOnExit();
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
