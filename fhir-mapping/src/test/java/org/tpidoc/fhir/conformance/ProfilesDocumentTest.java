package org.tpidoc.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.BindingStrength;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.ExtensionContextType;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.fhir.api.Fhir;

class ProfilesDocumentTest {

    private static final String BASE = "https://example.org/fhir";
    private static final FhirContext CONTEXT = Fhir.context();
    private static final ValidationSupportChain CHAIN = new ValidationSupportChain(
            new DefaultProfileValidationSupport(CONTEXT), new SnapshotGeneratingValidationSupport(CONTEXT));
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final String DOCUMENT = render("TPI Procedure");

    static Stream<Arguments> profileCells() {
        return Stream.of(
                arguments("Procedure.subject", "Card.", "1..1"),
                arguments("Procedure.subject", "Type", "Reference(Patient)"),
                arguments("Procedure.subject", "Must support", "yes"),
                arguments("Procedure.status", "Card.", "1..1"),
                arguments(
                        "Procedure.status", "Binding", "required: `http://hl7.org/fhir/ValueSet/event-status\\|4.0.1`"),
                arguments(
                        "Procedure.code",
                        "Meaning",
                        "Identification of the procedure; pattern: `http://loinc.org#72514-3`"),
                arguments("Procedure.extension:injectionSite", "Type", "Extension: [injection-site](#injection-site)"),
                arguments("Procedure.extension:injectionSite", "Card.", "0..*"),
                arguments(
                        "Procedure.extension:aftercareGiven", "Type", "Extension: [aftercare-given](#aftercare-given)"),
                arguments("Procedure.extension:aftercareGiven", "Card.", "0..1"),
                arguments("Procedure.extension:aftercareGiven", "Must support", "yes"),
                arguments("Procedure.note", "Meaning", "Free text \\| remarks"),
                arguments("Procedure.note", "Must support", ""));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("profileCells")
    void profileRowShowsWhatTheSnapshotSaysOfTheElement(String element, String column, String cell) {
        assertThat(table(DOCUMENT, "## TPI Procedure").get(element)).containsEntry(column, cell);
    }

    @Test
    void profileTableHasOneRowPerDifferentialElementInDifferentialOrder() {
        assertThat(table(DOCUMENT, "## TPI Procedure").keySet())
                .containsExactly(
                        "Procedure",
                        "Procedure.extension:injectionSite",
                        "Procedure.extension:aftercareGiven",
                        "Procedure.status",
                        "Procedure.code",
                        "Procedure.subject",
                        "Procedure.note");
    }

    static Stream<Arguments> partCells() {
        return Stream.of(
                arguments("muscle", "Card.", "1..1"),
                arguments("muscle", "Type", "string"),
                arguments("muscle", "Meaning", "Muscle injected \\<slug\\>"),
                arguments("container", "Type", "complex"),
                arguments("container", "Card.", "0..1"),
                arguments("container.kind", "Card.", "1..1"),
                arguments("container.kind", "Type", "code"),
                arguments("container.kind", "Binding", "required: [Container kinds](#value-sets)"),
                arguments("container.volume", "Type", "Quantity"),
                arguments("container.volume", "Meaning", "Volume; pattern: `http://unitsofmeasure.org#mL`"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("partCells")
    void complexExtensionListsItsPartsAndNestedPartsByPath(String part, String column, String cell) {
        assertThat(table(DOCUMENT, "## injection-site").get(part)).containsEntry(column, cell);
    }

    @Test
    void extensionSectionsGiveUrlContextAndTheValueOfASimpleExtension() {
        assertThat(DOCUMENT)
                .contains("## injection-site\n\nOne injection site: the muscle and the container.\n\n- URL: `" + BASE
                        + "/StructureDefinition/injection-site`\n- Context: `Procedure`\n")
                .contains("## aftercare-given\n\nAftercare given\n\n- URL: `" + BASE
                        + "/StructureDefinition/aftercare-given`\n"
                        + "- Context: `Procedure`, `MedicationAdministration`\n- Value: boolean (1..1)\n");
    }

    @Test
    void valueSetsAreListedWithWhatTheyInclude() {
        assertThat(table(DOCUMENT, "## Value sets"))
                .containsEntry(
                        "Container kinds",
                        Map.of(
                                "Value set", "Container kinds",
                                "URL", "`" + BASE + "/ValueSet/container-kind`",
                                "Includes", "3 codes of `" + BASE + "/CodeSystem/container-kind`"))
                .containsEntry(
                        "PainScoreCodes",
                        Map.of(
                                "Value set", "PainScoreCodes",
                                "URL", "`" + BASE + "/ValueSet/pain-score`",
                                "Includes", "all codes of `http://loinc.org`"));
    }

    @Test
    void contentsLinkEveryProfileExtensionAndTheValueSets() {
        assertThat(DOCUMENT)
                .startsWith("# Profiles\n\nThis file is generated by the build")
                .contains("## Contents\n\n- Profiles\n  - [TPI Procedure](#tpi-procedure)\n- Extensions\n"
                        + "  - [injection-site](#injection-site)\n  - [aftercare-given](#aftercare-given)\n"
                        + "- [Value sets](#value-sets)\n");
    }

    @Test
    void everyTableRowHasAsManyCellsAsItsHeader() {
        List<Long> headers = new ArrayList<>();
        long header = 0;
        String previous = "";
        for (String line : DOCUMENT.lines().toList()) {
            long pipes = UNESCAPED_PIPE.matcher(line).results().count();
            if (line.startsWith("|") && !previous.startsWith("|")) {
                header = pipes;
                headers.add(pipes);
            } else if (line.startsWith("|")) {
                assertThat(pipes).as(line).isEqualTo(header);
            }
            previous = line;
        }
        assertThat(headers).as("tables of profile, parts, value sets").containsExactly(7L, 6L, 4L);
    }

    @Test
    void sameDefinitionsGiveTheSameTextWithLineFeedsAndNoHtml() {
        assertThat(render("TPI Procedure")).isEqualTo(DOCUMENT);
        assertThat(DOCUMENT).doesNotContain("\r").endsWith("|\n").doesNotContain("\n\n\n");
        assertThat(DOCUMENT).doesNotContainPattern("(?<!\\\\)<[A-Za-z/!]");
    }

    @Test
    void linksFollowGithubsAnchorWhenAProfileTitleTakesTheExtensionsAnchor() {
        String document = render("Injection site");

        assertThat(document)
                .contains("  - [Injection site](#injection-site)\n")
                .contains("  - [injection-site](#injection-site-1)\n");
        assertThat(table(document, "## Injection site").get("Procedure.extension:injectionSite"))
                .containsEntry("Type", "Extension: [injection-site](#injection-site-1)");
    }

    /** The rows of the first table after the heading, by their first cell without backticks, cells as written. */
    private static Map<String, Map<String, String>> table(String markdown, String heading) {
        List<String> after = markdown.substring(markdown.indexOf("\n" + heading + "\n") + heading.length() + 2)
                .lines()
                .dropWhile(line -> !line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|"))
                .toList();
        List<String> header = cells(after.get(0));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : after.subList(2, after.size())) {
            List<String> cells = cells(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.put(cells.get(0).replace("`", ""), row);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String[] parts = UNESCAPED_PIPE.split(line.substring(1, line.length() - 1), -1);
        return Arrays.stream(parts).map(String::strip).toList();
    }

    private static String render(String profileTitle) {
        PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(CONTEXT);
        ValidationSupportChain chain = new ValidationSupportChain(CHAIN, own);
        StructureDefinition injectionSite = snapshot(chain, injectionSite());
        StructureDefinition aftercare = snapshot(chain, aftercareGiven());
        own.addStructureDefinition(injectionSite);
        own.addStructureDefinition(aftercare);
        StructureDefinition procedure = snapshot(chain, procedure(profileTitle));
        return ProfilesDocument.markdown(
                "Profiles", List.of(injectionSite, procedure, aftercare), List.of(containerKinds(), painScore()));
    }

    private static StructureDefinition procedure(String title) {
        StructureDefinition profile = definition("tpi-procedure", "Procedure", StructureDefinitionKind.RESOURCE);
        profile.setTitle(title).setDescription("A trigger point injection session.");
        element(profile, "Procedure").setShort("A trigger point injection session");
        element(profile, "Procedure.extension:injectionSite")
                .addType()
                .setCode("Extension")
                .addProfile(BASE + "/StructureDefinition/injection-site");
        element(profile, "Procedure.extension:aftercareGiven")
                .setMax("1")
                .setMustSupport(true)
                .addType()
                .setCode("Extension")
                .addProfile(BASE + "/StructureDefinition/aftercare-given");
        element(profile, "Procedure.status").setMustSupport(true);
        element(profile, "Procedure.code")
                .setMin(1)
                .setPattern(new CodeableConcept().addCoding(new Coding("http://loinc.org", "72514-3", null)));
        element(profile, "Procedure.subject")
                .setMin(1)
                .setMustSupport(true)
                .addType()
                .setCode("Reference")
                .addTargetProfile("http://hl7.org/fhir/StructureDefinition/Patient");
        element(profile, "Procedure.note").setShort("Free text | remarks");
        return profile;
    }

    private static StructureDefinition injectionSite() {
        StructureDefinition extension = extension("injection-site", "Procedure");
        extension.setDescription("One injection site: the muscle and the container.");
        element(extension, "Extension").setShort("Where a needle went");
        part(extension, "Extension.extension:muscle", "Muscle injected <slug>", 1, "string");
        part(extension, "Extension.extension:container", "Container of the drug", 0, null);
        part(extension, "Extension.extension:container.extension:kind", "Kind", 1, "code")
                .getBinding()
                .setStrength(BindingStrength.REQUIRED)
                .setValueSet(BASE + "/ValueSet/container-kind");
        part(extension, "Extension.extension:container.extension:volume", "Volume", 0, "Quantity")
                .setPattern(
                        new Quantity().setSystem("http://unitsofmeasure.org").setCode("mL"));
        element(extension, "Extension.url").setFixed(new UriType(extension.getUrl()));
        element(extension, "Extension.value[x]").setMax("0");
        return extension;
    }

    private static StructureDefinition aftercareGiven() {
        StructureDefinition extension = extension("aftercare-given", "Procedure", "MedicationAdministration");
        element(extension, "Extension").setShort("Aftercare given");
        element(extension, "Extension.extension").setMax("0");
        element(extension, "Extension.url").setFixed(new UriType(extension.getUrl()));
        element(extension, "Extension.value[x]").setMin(1).addType().setCode("boolean");
        return extension;
    }

    /** A sub-extension at {@code id}, max 1; returns its {@code value[x]} (prohibited when valueType is null). */
    private static ElementDefinition part(
            StructureDefinition extension, String id, String meaning, int min, String valueType) {
        element(extension, id).setShort(meaning).setMin(min).setMax("1");
        element(extension, id + ".url").setFixed(new UriType(id.substring(id.lastIndexOf(':') + 1)));
        ElementDefinition value = element(extension, id + ".value[x]");
        return valueType == null
                ? value.setMax("0")
                : value.setMin(1).addType(new ElementDefinition.TypeRefComponent().setCode(valueType));
    }

    private static StructureDefinition extension(String id, String... contexts) {
        StructureDefinition extension = definition(id, "Extension", StructureDefinitionKind.COMPLEXTYPE);
        for (String context : contexts) {
            extension.addContext().setType(ExtensionContextType.ELEMENT).setExpression(context);
        }
        return extension;
    }

    private static StructureDefinition definition(String id, String type, StructureDefinitionKind kind) {
        StructureDefinition definition = new StructureDefinition();
        definition.setId(id);
        return definition
                .setUrl(BASE + "/StructureDefinition/" + id)
                .setName(id.replace("-", ""))
                .setStatus(PublicationStatus.ACTIVE)
                .setFhirVersion(FHIRVersion._4_0_1)
                .setKind(kind)
                .setAbstract(false)
                .setType(type)
                .setBaseDefinition("http://hl7.org/fhir/StructureDefinition/" + type)
                .setDerivation(TypeDerivationRule.CONSTRAINT);
    }

    /** A differential element with this id; its path drops the slice names, its slice name is the last one. */
    private static ElementDefinition element(StructureDefinition definition, String id) {
        ElementDefinition element = definition.getDifferential().addElement().setPath(id.replaceAll(":[^.]+", ""));
        element.setId(id);
        String last = id.substring(id.lastIndexOf('.') + 1);
        return last.contains(":") ? element.setSliceName(last.substring(last.indexOf(':') + 1)) : element;
    }

    private static StructureDefinition snapshot(ValidationSupportChain chain, StructureDefinition differential) {
        return (StructureDefinition) chain.generateSnapshot(
                new ValidationSupportContext(chain), differential, differential.getUrl(), BASE, differential.getName());
    }

    private static ValueSet containerKinds() {
        ValueSet valueSet =
                new ValueSet().setUrl(BASE + "/ValueSet/container-kind").setName("ContainerKinds");
        valueSet.setTitle("Container kinds");
        ValueSet.ConceptSetComponent include =
                valueSet.getCompose().addInclude().setSystem(BASE + "/CodeSystem/container-kind");
        Stream.of("syringe", "vial", "ampoule")
                .forEach(code -> include.addConcept().setCode(code));
        return valueSet;
    }

    private static ValueSet painScore() {
        ValueSet valueSet = new ValueSet().setUrl(BASE + "/ValueSet/pain-score").setName("PainScoreCodes");
        valueSet.getCompose().addInclude().setSystem("http://loinc.org");
        return valueSet;
    }
}
