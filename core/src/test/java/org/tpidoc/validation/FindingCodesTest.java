package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tpidoc.billing.BillingCode;

/**
 * Every code core reports, across its enums: well formed, one constant per code and severity, and the
 * same codes and severities as the tables of the docs ({@code docs/clinical-rules.md}, the billing
 * warnings of {@code docs/terminology.md} and DESIGN §5 in {@code docs/design.md}).
 */
class FindingCodesTest {

    private static final Path DOCS = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath()
            .getParent()
            .resolve("docs");

    /** The enums of codes core reports from. */
    private static final List<List<FindingCode>> ENUMS =
            List.of(List.of(ValidationCode.values()), List.of(BillingCode.values()));

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z]+(-[a-z0-9]+)*");

    @Test
    void everyCodeIsKebabCaseAndUniquePerSeverity() {
        List<FindingCode> all = ENUMS.stream().flatMap(List::stream).toList();

        assertThat(all)
                .extracting(FindingCode::code)
                .allMatch(code -> KEBAB_CASE.matcher(code).matches());
        assertThat(all).extracting(FindingCodesTest::describe).doesNotHaveDuplicates();
    }

    @Test
    void noTwoEnumsShareACode() {
        List<String> codes = ENUMS.stream()
                .flatMap(codesOfOneEnum ->
                        codesOfOneEnum.stream().map(FindingCode::code).distinct())
                .toList();

        assertThat(codes).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(39);
    }

    @Test
    void theClinicalRulesTableListsEveryValidationCodeWithItsSeverityInOrder() throws IOException {
        List<String> rows = rows(Files.readString(DOCS.resolve("clinical-rules.md")), "| code | severity |");

        assertThat(rows).containsExactlyElementsOf(described(ValidationCode.values()));
    }

    @Test
    void theBillingWarningsTableListsEveryBillingCode() throws IOException {
        List<String> rows = rows(Files.readString(DOCS.resolve("terminology.md")), "| billing warning |").stream()
                .map(code -> code + " warning")
                .toList();

        assertThat(rows).containsExactlyElementsOf(described(BillingCode.values()));
    }

    /** DESIGN §5 lists the rules it began with (the additions are in docs/clinical-rules.md). */
    @Test
    void theDesignTableAgreesWithTheValidationCodes() throws IOException {
        String design = Files.readString(DOCS.resolve("design.md"));
        String section = design.substring(design.indexOf("## 5. Clinical rules"), design.indexOf("## 6. Billing"));
        List<String> rows = rows(section, "| code | severity |");

        assertThat(described(ValidationCode.values())).containsAll(rows);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
    }

    /**
     * The first table after {@code header}, as {@code "code severity"} per code (a row may name several
     * codes, {@code `a` / `b`}, with one severity or one each), or {@code "code"} when it has no
     * severity column.
     */
    private static List<String> rows(String text, String header) {
        String table = text.substring(text.indexOf(header)).split("\n\n", 2)[0];
        Matcher row = Pattern.compile("(?m)^\\| ((?:`[a-z0-9-]+`(?: / )?)+) \\| ((?:(?:error|warning|info)(?: / )?)*)")
                .matcher(table);
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            List<String> codes = Arrays.stream(row.group(1).split(" / "))
                    .map(code -> code.replace("`", ""))
                    .toList();
            List<String> severities =
                    row.group(2).isEmpty() ? List.of() : List.of(row.group(2).split(" / "));
            for (int i = 0; i < codes.size(); i++) {
                rows.add(
                        severities.isEmpty()
                                ? codes.get(i)
                                : codes.get(i) + " " + severities.get(severities.size() == 1 ? 0 : i));
            }
        }
        return rows;
    }

    private static List<String> described(FindingCode[] codes) {
        return Arrays.stream(codes).map(FindingCodesTest::describe).toList();
    }

    private static String describe(FindingCode code) {
        return code.code() + " " + code.severity().code();
    }
}
