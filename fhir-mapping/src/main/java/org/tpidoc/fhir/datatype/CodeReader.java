package org.tpidoc.fhir.datatype;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.Coded;
import org.tpidoc.session.CodedEnums;
import org.tpidoc.terminology.Concept;

/** Codings back to concepts, our own codes back to slugs and enum values: the inverse of {@link Concepts}. */
public final class CodeReader {

    private CodeReader() {}

    /** The code of the first coding in our code system {@code systemName}, if any. */
    public static Optional<String> own(ReadContext context, String systemName, CodeableConcept concept) {
        String system = context.codeSystem(systemName);
        return concept.getCoding().stream()
                .filter(c -> system.equals(c.getSystem())
                        && c.hasCode()
                        && !c.getCode().isBlank())
                .map(Coding::getCode)
                .findFirst();
    }

    /** The code of {@code coding} when it is in our code system {@code systemName}. */
    public static Optional<String> own(ReadContext context, String systemName, Coding coding) {
        return context.codeSystem(systemName).equals(coding.getSystem()) && coding.hasCode()
                ? Optional.of(coding.getCode())
                : Optional.empty();
    }

    /** The concept of a coding with a system and a code (its display kept when given), else empty. */
    public static Optional<Concept> concept(Coding coding) {
        if (!coding.hasSystem()
                || !coding.hasCode()
                || coding.getSystem().isBlank()
                || coding.getCode().isBlank()) {
            return Optional.empty();
        }
        String display = coding.hasDisplay() && !coding.getDisplay().isBlank() ? coding.getDisplay() : null;
        return Optional.of(new Concept(coding.getSystem(), coding.getCode(), display));
    }

    /** The words of a concept: its text, then its codings' displays, in order (possibly none). */
    public static List<String> words(CodeableConcept concept) {
        List<String> words = new ArrayList<>();
        if (concept.hasText() && !concept.getText().isBlank()) {
            words.add(concept.getText());
        }
        concept.getCoding().stream()
                .filter(c -> c.hasDisplay() && !c.getDisplay().isBlank())
                .forEach(c -> words.add(c.getDisplay()));
        return words;
    }

    /**
     * The value of the enum {@code type} with {@code code}; empty with an {@link ImportCode#INVALID_VALUE}
     * finding at {@code path} when there is none.
     */
    public static <E extends Enum<E> & Coded> Optional<E> coded(
            ReadContext context, Class<E> type, String code, String path) {
        Optional<E> value = CodedEnums.fromCode(type, code);
        if (value.isEmpty()) {
            context.findings()
                    .add(
                            ImportCode.INVALID_VALUE,
                            path,
                            "unknown code" + quoted(code) + "; expected " + CodedEnums.describeCodes(type));
        }
        return value;
    }

    /** {@code " 'code'"} when the code is slug-shaped (safe to show), else nothing. */
    public static String quoted(String code) {
        return code.matches("[A-Za-z0-9.\\-\\[\\]']{1,40}") ? " '" + code + "'" : "";
    }
}
