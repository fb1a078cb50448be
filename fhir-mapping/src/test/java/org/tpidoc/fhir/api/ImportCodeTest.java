package org.tpidoc.fhir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.validation.Severity;

/** The import finding codes are a public contract: each pinned with its severity, and documented. */
class ImportCodeTest {

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource({
        "NOT_FHIR,                            not-fhir,                   ERROR",
        "NOT_R4,                              not-r4,                     ERROR",
        "MALFORMED,                           malformed,                  ERROR",
        "TOO_LARGE,                           too-large,                  ERROR",
        "TOO_DEEP,                            too-deep,                   ERROR",
        "NOT_A_BUNDLE,                        not-a-bundle,               ERROR",
        "UNSUPPORTED_BUNDLE_TYPE,             unsupported-bundle-type,    ERROR",
        "NO_PROCEDURE,                        no-procedure,               ERROR",
        "IMPORT_FAILED,                       import-failed,              ERROR",
        "UNKNOWN_ELEMENT,                     unknown-element,            WARNING",
        "INVALID_VALUE,                       invalid-value,              WARNING",
        "DANGLING_REFERENCE,                  dangling-reference,         ERROR",
        "UNRESOLVED_REFERENCE,                unresolved-reference,       WARNING",
        "WRONG_REFERENCE_TYPE,                wrong-reference-type,       ERROR",
        "INVALID_REFERENCE,                   invalid-reference,          WARNING",
        "DUPLICATE_RESOURCE,                  duplicate-resource,         WARNING",
        "UNMAPPED_RESOURCE,                   unmapped-resource,          WARNING",
        "UNMAPPED_ELEMENT,                    unmapped-element,           WARNING",
        "UNKNOWN_MODIFIER_EXTENSION,          unknown-modifier-extension, ERROR",
        "ASSUMED_MEMBER,                      assumed-member,             INFO",
        "INCONSISTENT,                        inconsistent,               WARNING",
        "MISSING_REQUIRED,                    missing-required,           ERROR",
        "PROCEDURE_NOT_IMPORTED,              procedure-not-imported,     ERROR",
        "ID_GENERATED,                        id-generated,               INFO",
        "STATUS_APPROXIMATED,                 status-approximated,        WARNING",
        "STATUS_CONFLICT,                     status-conflict,            WARNING",
        "UNKNOWN_PROCEDURE_CODE,              unknown-procedure-code,     WARNING",
        "TECHNIQUE_INFERRED,                  technique-inferred,         WARNING",
        "TIME_IMPRECISE,                      time-imprecise,             WARNING",
        "UNKNOWN_MUSCLE_CODE,                 unknown-muscle-code,        WARNING",
        "MUSCLE_UNKNOWN,                      muscle-unknown,             WARNING",
        "MUSCLE_FROM_TEXT,                    muscle-from-text,           INFO",
        "COMPLICATION_FROM_TEXT,              complication-from-text,     INFO",
        "LATERALITY_UNKNOWN,                  laterality-unknown,         WARNING",
        "LATERALITY_FROM_TEXT,                laterality-from-text,       INFO",
        "POINTS_NOT_RECORDED,                 points-not-recorded,        WARNING",
        "MEDICATION_NOT_REFERENCED,           medication-not-referenced,  INFO",
        "UNKNOWN_MEDICATION,                  unknown-medication,         WARNING",
        "DOSE_NOT_CONVERTIBLE,                dose-not-convertible,       WARNING",
        "PREPARATION_DERIVED,                 preparation-derived,        INFO",
        "SITE_UNKNOWN,                        site-unknown,               WARNING",
        "CONSENT_NOT_ACTIVE,                  consent-not-active,         WARNING",
        "CONSENT_INCOMPLETE,                  consent-incomplete,         WARNING",
        "PAIN_TIMING_UNKNOWN,                 pain-timing-unknown,        WARNING",
        "INDICATION_NOT_CODED,                indication-not-coded,       WARNING",
        "NEEDS_REVIEW,                        needs-review,               WARNING",
        "UNMAPPED_RESOURCE_NOTHING_LOST,      unmapped-resource,          INFO",
        "UNMAPPED_ELEMENT_NOTHING_LOST,       unmapped-element,           INFO",
        "UNKNOWN_PROCEDURE_CODE_NO_TECHNIQUE, unknown-procedure-code,     ERROR",
        "SITE_UNKNOWN_ONLY_SITE,              site-unknown,               INFO"
    })
    void pinsEveryCodeWithItsSeverity(String constant, String code, Severity severity) {
        ImportCode pinned = ImportCode.valueOf(constant);

        assertThat(pinned.code()).isEqualTo(code);
        assertThat(pinned.severity()).isEqualTo(severity);
        assertThat(pinned.at("Bundle.entry[0]", "m").severity()).isEqualTo(severity);
    }

    @Test
    void pinsEveryConstant() {
        assertThat(ImportCode.values()).hasSize(50);
    }

    @Test
    void documentsEveryCodeAndEachOfItsSeveritiesInThePackageTable() throws Exception {
        String table = Files.readString(Path.of("src/main/java/org/tpidoc/fhir/api/package-info.java"));
        int rows = 0;
        for (ImportCode code : ImportCode.values()) {
            Matcher row = Pattern.compile("<tr><td>" + Pattern.quote(code.code()) + "</td><td>([^<]*)</td>")
                    .matcher(table);
            assertThat(row.find()).as("a table row for %s", code.code()).isTrue();
            assertThat(row.group(1))
                    .as("the severities of %s", code.code())
                    .contains(code.severity().code());
            rows++;
        }
        assertThat(rows).isEqualTo(ImportCode.values().length);
        assertThat(Arrays.stream(ImportCode.values()).map(ImportCode::code))
                .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }
}
