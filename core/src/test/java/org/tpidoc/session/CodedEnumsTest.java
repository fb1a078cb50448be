package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins every code of the session enums (the JSON contract) and the shared look-ups. */
class CodedEnumsTest {

    /** Every session enum constant and its code: {@code type | constant | code}. */
    private static final String CODES = """
            SessionStatus   | IN_PROGRESS       | in-progress
            SessionStatus   | COMPLETED         | completed
            SessionStatus   | ABORTED           | aborted
            SessionStatus   | ENTERED_IN_ERROR  | entered-in-error
            ConsentMethod   | WRITTEN           | written
            ConsentMethod   | VERBAL            | verbal
            ConsentSigner   | PATIENT           | patient
            ConsentSigner   | LEGAL_GUARDIAN    | legal-guardian
            ConsentSigner   | HEALTHCARE_PROXY  | healthcare-proxy
            Technique       | INJECTION         | injection
            Technique       | DRY_NEEDLING      | dry-needling
            Needling        | FANNING           | fanning
            Needling        | SINGLE_PASS       | single-pass
            Guidance        | PALPATION         | palpation
            Guidance        | ULTRASOUND        | ultrasound
            SkinPreparation | CHLORHEXIDINE     | chlorhexidine
            SkinPreparation | POVIDONE_IODINE   | povidone-iodine
            SkinPreparation | ISOPROPYL_ALCOHOL | isopropyl-alcohol
            SkinPreparation | NONE              | none
            Laterality      | LEFT              | left
            Laterality      | RIGHT             | right
            TwitchResponse  | ELICITED          | elicited
            TwitchResponse  | NOT_ELICITED      | not-elicited
            TwitchResponse  | NOT_ASSESSED      | not-assessed
            Tolerance       | WELL              | well
            Tolerance       | FAIR              | fair
            Tolerance       | POOR              | poor
            """;

    private static final List<Class<? extends Enum<?>>> TYPES = List.of(
            SessionStatus.class,
            ConsentMethod.class,
            ConsentSigner.class,
            Technique.class,
            Needling.class,
            Guidance.class,
            SkinPreparation.class,
            Laterality.class,
            TwitchResponse.class,
            Tolerance.class);

    /** {@link #CODES} as arguments {@code (constant, code)}. */
    static Stream<Arguments> codes() {
        return CODES.strip().lines().map(line -> {
            String[] cells = line.split("\\|");
            Class<? extends Enum<?>> type = TYPES.stream()
                    .filter(t -> t.getSimpleName().equals(cells[0].strip()))
                    .findFirst()
                    .orElseThrow();
            Enum<?> constant = Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.name().equals(cells[1].strip()))
                    .findFirst()
                    .orElseThrow();
            return Arguments.of(constant, cells[2].strip());
        });
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("codes")
    <E extends Enum<E> & Coded> void codeIsStableAndLooksUpItsConstant(E constant, String code) {
        assertThat(constant.code()).isEqualTo(code);
        assertThat(CodedEnums.fromCode(constant.getDeclaringClass(), code)).contains(constant);
    }

    @Test
    void everyConstantOfEverySessionEnumIsPinned() {
        List<Object> pinned = codes().map(a -> a.get()[0]).toList();
        List<Object> all = TYPES.stream()
                .flatMap(t -> Arrays.stream(t.getEnumConstants()))
                .map(Object.class::cast)
                .toList();

        assertThat(all).containsExactlyInAnyOrderElementsOf(pinned);
    }

    @Test
    void unknownCodeIsEmptyNotADefault() {
        assertThat(CodedEnums.fromCode(Laterality.class, "both")).isEmpty();
        assertThat(CodedEnums.fromCode(Laterality.class, "")).isEmpty();
    }

    @Test
    void codesAreCaseSensitive() {
        assertThat(CodedEnums.fromCode(Laterality.class, "LEFT")).isEmpty();
        assertThat(CodedEnums.fromCode(Technique.class, "Dry-Needling")).isEmpty();
    }

    @Test
    void constantNameIsNotACode() {
        assertThat(CodedEnums.fromCode(Technique.class, "DRY_NEEDLING")).isEmpty();
        assertThat(CodedEnums.fromCode(Technique.class, "dry_needling")).isEmpty();
    }

    @Test
    void describesTwoCodesWithOr() {
        assertThat(CodedEnums.describeCodes(Laterality.class)).isEqualTo("\"left\" or \"right\"");
    }

    @Test
    void describesManyCodesWithCommasAndOr() {
        assertThat(CodedEnums.describeCodes(SessionStatus.class))
                .isEqualTo("\"in-progress\", \"completed\", \"aborted\" or \"entered-in-error\"");
    }

    @Test
    void describesASingleCodeAlone() {
        assertThat(CodedEnums.describeCodes(OnlyOne.class)).isEqualTo("\"only\"");
    }

    /** An enum of one constant, for {@link CodedEnums#describeCodes}. */
    private enum OnlyOne implements Coded {
        ONLY;

        @Override
        public String code() {
            return "only";
        }
    }
}
