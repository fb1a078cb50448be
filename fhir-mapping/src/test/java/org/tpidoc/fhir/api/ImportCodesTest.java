package org.tpidoc.fhir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The import finding codes are a public contract: each pinned, listed once, and documented. */
class ImportCodesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "NOT_FHIR,                   not-fhir",
        "NOT_R4,                     not-r4",
        "MALFORMED,                  malformed",
        "TOO_LARGE,                  too-large",
        "TOO_DEEP,                   too-deep",
        "NOT_A_BUNDLE,               not-a-bundle",
        "UNSUPPORTED_BUNDLE_TYPE,    unsupported-bundle-type",
        "NO_PROCEDURE,               no-procedure",
        "IMPORT_FAILED,              import-failed",
        "UNKNOWN_ELEMENT,            unknown-element",
        "INVALID_VALUE,              invalid-value",
        "DANGLING_REFERENCE,         dangling-reference",
        "UNRESOLVED_REFERENCE,       unresolved-reference",
        "WRONG_REFERENCE_TYPE,       wrong-reference-type",
        "INVALID_REFERENCE,          invalid-reference",
        "DUPLICATE_RESOURCE,         duplicate-resource",
        "UNMAPPED_RESOURCE,          unmapped-resource",
        "UNMAPPED_ELEMENT,           unmapped-element",
        "UNKNOWN_MODIFIER_EXTENSION, unknown-modifier-extension",
        "ASSUMED_MEMBER,             assumed-member",
        "INCONSISTENT,               inconsistent",
        "MISSING_REQUIRED,           missing-required",
        "PROCEDURE_NOT_IMPORTED,     procedure-not-imported",
        "ID_GENERATED,               id-generated",
        "STATUS_APPROXIMATED,        status-approximated",
        "STATUS_CONFLICT,            status-conflict",
        "UNKNOWN_PROCEDURE_CODE,     unknown-procedure-code",
        "TECHNIQUE_INFERRED,         technique-inferred",
        "TIME_IMPRECISE,             time-imprecise",
        "UNKNOWN_MUSCLE_CODE,        unknown-muscle-code",
        "MUSCLE_UNKNOWN,             muscle-unknown",
        "MUSCLE_FROM_TEXT,           muscle-from-text",
        "COMPLICATION_FROM_TEXT,     complication-from-text",
        "LATERALITY_UNKNOWN,         laterality-unknown",
        "LATERALITY_FROM_TEXT,       laterality-from-text",
        "POINTS_NOT_RECORDED,        points-not-recorded",
        "MEDICATION_NOT_REFERENCED,  medication-not-referenced",
        "UNKNOWN_MEDICATION,         unknown-medication",
        "DOSE_NOT_CONVERTIBLE,       dose-not-convertible",
        "PREPARATION_DERIVED,        preparation-derived",
        "SITE_UNKNOWN,               site-unknown",
        "CONSENT_NOT_ACTIVE,         consent-not-active",
        "CONSENT_INCOMPLETE,         consent-incomplete",
        "PAIN_TIMING_UNKNOWN,        pain-timing-unknown",
        "INDICATION_NOT_CODED,       indication-not-coded",
        "NEEDS_REVIEW,               needs-review"
    })
    void pinsEveryCode(String constant, String code) throws ReflectiveOperationException {
        assertThat(ImportCodes.class.getField(constant).get(null)).isEqualTo(code);
        assertThat(ImportCodes.ALL).contains(code);
    }

    @Test
    void listsEveryConstantOnceAndDocumentsItInThePackageTable() throws Exception {
        List<String> constants = new ArrayList<>();
        for (Field field : ImportCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        String table = Files.readString(Path.of("src/main/java/org/tpidoc/fhir/api/package-info.java"));

        assertThat(ImportCodes.ALL).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(constants);
        assertThat(constants).allSatisfy(code -> assertThat(table).contains("<td>" + code + "</td>"));
        assertThat(constants).allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }
}
