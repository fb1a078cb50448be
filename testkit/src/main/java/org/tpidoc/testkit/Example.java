package org.tpidoc.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One example session file and what {@code expectations.json} says the library must make of it.
 *
 * @param file the file name in {@code examples/sessions/}, e.g. {@code neck-shoulder-lidocaine-triamcinolone.json}
 * @param expectation the file's entry of {@code expectations.json}; read it through the methods below
 */
public record Example(String file, JsonNode expectation) {

    /** Checks the parts are present. */
    public Example {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(expectation, "expectation");
    }

    /** The file name without {@code .json}, e.g. {@code neck-shoulder-lidocaine-triamcinolone}. */
    public String name() {
        return file.substring(0, file.length() - ".json".length());
    }

    /** The session JSON of the file, as UTF-8 text, byte for byte. */
    public String text() {
        return Examples.text(file);
    }

    /** Whether the JSON form reads it (the malformed examples do not). */
    public boolean readable() {
        return expectation.path("readable").asBoolean(false);
    }

    /** Whether the validator finds no error in it. */
    public boolean valid() {
        return expectation.path("valid").asBoolean(false);
    }

    /** The validator's error codes, in the listed order; empty when none (or unreadable). */
    public List<String> errors() {
        return texts(expectation.path("errors"));
    }

    /** The validator's warning codes, in the listed order; empty when none (or unreadable). */
    public List<String> warnings() {
        return texts(expectation.path("warnings"));
    }

    /** The charge lines billing must give, in order; empty when the expectations list no billing. */
    public Optional<List<Charge>> billing() {
        if (!expectation.has("billing")) {
            return Optional.empty();
        }
        List<Charge> charges = new ArrayList<>();
        for (JsonNode line : expectation.get("billing")) {
            charges.add(
                    new Charge(line.get("code").asText(), line.get("units").asInt(), texts(line.path("modifiers"))));
        }
        return Optional.of(List.copyOf(charges));
    }

    /**
     * The session total of each drug slug as the note states it, e.g. {@code lidocaine -> 40 mg}, in the listed
     * order; may be empty.
     */
    public Map<String, String> doses() {
        Map<String, String> doses = new LinkedHashMap<>();
        expectation
                .path("doses")
                .properties()
                .forEach(dose -> doses.put(dose.getKey(), dose.getValue().asText()));
        return Collections.unmodifiableMap(doses);
    }

    /**
     * How many FHIR resources of each type a collection bundle of it holds ({@code Observation.pain} counts
     * the pain-score Observations), in the listed order; may be empty.
     */
    public Map<String, Integer> fhirCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        expectation
                .path("fhir")
                .properties()
                .forEach(count -> counts.put(count.getKey(), count.getValue().asInt()));
        return Collections.unmodifiableMap(counts);
    }

    /** The file name, so that parameterized tests are named after it. */
    @Override
    public String toString() {
        return file;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText()));
        return List.copyOf(texts);
    }

    /**
     * One expected charge line.
     *
     * @param code the CPT or HCPCS code
     * @param units the units billed
     * @param modifiers the modifiers, in order (e.g. {@code JW})
     */
    public record Charge(String code, int units, List<String> modifiers) {

        /** Copies the modifiers. */
        public Charge {
            Objects.requireNonNull(code, "code");
            modifiers = List.copyOf(modifiers);
        }

        /** {@code code xunits [modifiers]}, e.g. {@code J0585 x40 [JW]}: one line to compare in tests. */
        public String line() {
            return code + " x" + units + " " + modifiers;
        }
    }
}
