package org.tpidoc.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.FhirValidation;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.json.SessionJson;
import org.tpidoc.testkit.Examples;

/**
 * Strict validation against our conformance package: a resource of a real export (the neck-shoulder example)
 * validates without errors, and one change that breaks a rule of a profile, an extension or a binding of the
 * package makes it fail with an error of the expected HAPI message id, at the element concerned, whose message
 * names our definition (so the error comes from the package, not from the core specification). An unknown
 * extension is an error only because {@code FhirValidation} allows no extension without a definition (with
 * {@code anyExtensionsAllowed} on, the first two rows fail); a misplaced one because our definitions state where
 * each extension may appear.
 */
class StrictValidationTest {

    private static final MappingOptions OPTIONS = MappingOptions.defaults();
    private static final FhirValidation VALIDATION = FhirValidation.shared();
    private static final List<Resource> EXPORTED =
            FhirExporter.standard().toResources(SessionJson.standard().read(Examples.text(Examples.NECK_SHOULDER)));

    /** An extension URL under our base that the package does not define. */
    private static final String UNKNOWN = OPTIONS.extension("colour");

    /**
     * The rules broken: what changes in which exported resource (by the profile it declares), and the error
     * expected: HAPI message id, path, and what its message says. Paths with an index point into the example's
     * Procedure: extension[5] is its skin preparation, extension[7] its first injection site.
     */
    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken(
                        "unknown extension of our base on the Procedure",
                        Profiles.PROCEDURE,
                        on(Procedure.class, p -> p.getExtension()
                                .add(0, new Extension(UNKNOWN, new StringType("red")))),
                        "Extension_EXT_Unknown_NotHere",
                        "Procedure.extension[0]",
                        "The extension " + UNKNOWN + " could not be found so is not allowed here"),
                broken(
                        "unknown extension of our base on an element (Procedure.bodySite)",
                        Profiles.PROCEDURE,
                        on(Procedure.class, p -> p.getBodySiteFirstRep()
                                .getExtension()
                                .add(0, new Extension(UNKNOWN, new StringType("red")))),
                        "Extension_EXT_Unknown_NotHere",
                        "Procedure.bodySite[0].extension[0]",
                        "The extension " + UNKNOWN + " could not be found so is not allowed here"),
                broken(
                        "assessment-timing (an Observation's) on the Procedure",
                        Profiles.PROCEDURE,
                        on(
                                Procedure.class,
                                p -> p.addExtension(
                                        extension(Extensions.ASSESSMENT_TIMING), new CodeType(OwnCodes.BEFORE))),
                        "Extension_EXTP_Context_Wrong",
                        "Procedure",
                        "The extension " + extension(Extensions.ASSESSMENT_TIMING)
                                + " is not allowed to be used at this point",
                        "allowed for this version = e:Observation"),
                broken(
                        "needle on the Procedure instead of on Procedure.usedCode",
                        Profiles.PROCEDURE,
                        on(Procedure.class, StrictValidationTest::moveNeedleToTheProcedure),
                        "Extension_EXTP_Context_Wrong",
                        "Procedure",
                        "The extension " + extension(Extensions.NEEDLE) + " is not allowed to be used at this point",
                        "allowed for this version = e:Procedure.usedCode"),
                broken(
                        "consent-method (a Consent's) on the pain score",
                        Profiles.PAIN_SCORE,
                        on(
                                Observation.class,
                                o -> o.addExtension(extension(Extensions.CONSENT_METHOD), new CodeType("written"))),
                        "Extension_EXTP_Context_Wrong",
                        "Observation",
                        "The extension " + extension(Extensions.CONSENT_METHOD)
                                + " is not allowed to be used at this point",
                        "allowed for this version = e:Consent"),
                broken(
                        "injection-site with an unknown part colour",
                        Profiles.PROCEDURE,
                        on(Procedure.class, p -> firstSite(p)
                                .getExtension()
                                .add(0, new Extension("colour", new StringType("red")))),
                        "Extension_EXT_SubExtension_Invalid",
                        "Procedure.extension[7].extension[0][url='colour']",
                        "Sub-extension url 'colour' is not defined by the Extension "
                                + extension(Extensions.INJECTION_SITE)),
                broken(
                        "injection-site with its points as a string",
                        Profiles.PROCEDURE,
                        on(
                                Procedure.class,
                                p -> firstSite(p).getExtensionByUrl("points").setValue(new StringType("2"))),
                        "Extension_PROF_Type",
                        "Procedure.extension[7].extension[3].value.ofType(string)",
                        "The Profile '" + extension(Extensions.INJECTION_SITE)
                                + "' definition allows for the type positiveInt but found type string"),
                broken(
                        "injection-site without its required part muscle",
                        Profiles.PROCEDURE,
                        on(Procedure.class, p -> firstSite(p).getExtension().removeIf(part -> part.getUrl()
                                .equals("muscle"))),
                        "Validation_VAL_Profile_Minimum_SLICE",
                        "Procedure.extension[7]",
                        "Slice 'Extension.extension:muscle': a matching slice is required, but not found",
                        extension(Extensions.INJECTION_SITE)),
                broken(
                        "skin-preparation with a code not in our code system",
                        Profiles.PROCEDURE,
                        on(Procedure.class, p -> ((CodeableConcept)
                                        p.getExtensionByUrl(extension(Extensions.SKIN_PREPARATION))
                                                .getValue())
                                .getCodingFirstRep()
                                .setCode("made-up-antiseptic")),
                        "Terminology_TX_NoValid_1_CC",
                        "Procedure.extension[5].value.ofType(CodeableConcept)",
                        "None of the codings provided are in the value set",
                        "(" + OPTIONS.valueSet(OwnCodes.SKIN_PREPARATION)
                                + "), and a coding from this value set is required",
                        OPTIONS.codeSystem(OwnCodes.SKIN_PREPARATION) + "#made-up-antiseptic"),
                broken(
                        "injection-site with the side middle",
                        Profiles.PROCEDURE,
                        on(Procedure.class, p -> firstSite(p)
                                .getExtensionByUrl("laterality")
                                .setValue(new CodeType("middle"))),
                        "Terminology_TX_NoValid_16",
                        "Procedure.extension[7].extension[1].value.ofType(code)",
                        "The value provided ('middle') was not found in the value set",
                        "(" + OPTIONS.valueSet(OwnCodes.LATERALITY) + "), and a code is required from this value set"),
                broken(
                        "Procedure.code with only an unknown code of our procedure system",
                        Profiles.PROCEDURE,
                        on(
                                Procedure.class,
                                p -> p.setCode(new CodeableConcept(
                                        new Coding(OPTIONS.codeSystem(OwnCodes.PROCEDURE), "acupuncture", null)))),
                        "Terminology_TX_NoValid_1_CC",
                        "Procedure.code",
                        "(" + OPTIONS.valueSet(ValueSets.PROCEDURE_CODE)
                                + "), and a coding from this value set is required",
                        OPTIONS.codeSystem(OwnCodes.PROCEDURE) + "#acupuncture"),
                broken(
                        "pain score without its assessment-timing",
                        Profiles.PAIN_SCORE,
                        on(Observation.class, o -> o.getExtension()
                                .removeIf(e -> e.getUrl().equals(extension(Extensions.ASSESSMENT_TIMING)))),
                        "Validation_VAL_Profile_Minimum_SLICE_EXT",
                        "Observation",
                        "Slice 'Observation.extension:assessmentTiming' for extension '"
                                + extension(Extensions.ASSESSMENT_TIMING)
                                + "': a matching slice is required, but not found",
                        "(from " + OPTIONS.profile(Profiles.PAIN_SCORE) + ")"),
                broken(
                        "pain score with another LOINC code than 72514-3",
                        Profiles.PAIN_SCORE,
                        on(
                                Observation.class,
                                o -> o.setCode(concept(
                                        FixedConcepts.PROCEDURE_NOTE.system(), FixedConcepts.PROCEDURE_NOTE.code()))),
                        "TYPE_CHECKS_PATTERN_CC",
                        "Observation.code",
                        "The pattern [system http://loinc.org, code 72514-3",
                        "defined in the profile " + OPTIONS.profile(Profiles.PAIN_SCORE) + " not found",
                        "Value is '28570-0' but is fixed to '72514-3'"),
                broken(
                        "pain score of 11 on the 0 to 10 scale",
                        Profiles.PAIN_SCORE,
                        on(Observation.class, o -> o.setValue(new IntegerType(11))),
                        "Type_Specific_Checks_DT_Integer_GT",
                        "Observation.value.ofType(integer)",
                        "integer value is greater than permitted maximum value"),
                broken(
                        "Procedure without its identifier",
                        Profiles.PROCEDURE,
                        on(Procedure.class, p -> p.getIdentifier().clear()),
                        "Validation_VAL_Profile_Minimum",
                        "Procedure",
                        "Procedure.identifier: minimum required = 1, but only found 0 (from "
                                + OPTIONS.profile(Profiles.PROCEDURE) + ")"),
                broken(
                        "Procedure with its session status twice",
                        Profiles.PROCEDURE,
                        on(
                                Procedure.class,
                                p -> p.addExtension(extension(Extensions.SESSION_STATUS), new CodeType("completed"))),
                        "Validation_VAL_Profile_Maximum",
                        "Procedure",
                        "Procedure.extension:sessionStatus: max allowed = 1, but found 2 (from "
                                + OPTIONS.profile(Profiles.PROCEDURE) + ")"),
                broken(
                        "MedicationAdministration without its dosage",
                        Profiles.SITE_ADMINISTRATION,
                        on(MedicationAdministration.class, m -> m.setDosage(null)),
                        "Validation_VAL_Profile_Minimum",
                        "MedicationAdministration",
                        "MedicationAdministration.dosage: minimum required = 1, but only found 0 (from "
                                + OPTIONS.profile(Profiles.SITE_ADMINISTRATION) + ")"),
                broken(
                        "Medication without its preparation-id",
                        Profiles.PREPARATION,
                        on(Medication.class, m -> m.getExtension()
                                .removeIf(e -> e.getUrl().equals(extension(Extensions.PREPARATION_ID)))),
                        "Validation_VAL_Profile_Minimum_SLICE_EXT",
                        "Medication",
                        "Slice 'Medication.extension:preparationId' for extension '"
                                + extension(Extensions.PREPARATION_ID)
                                + "': a matching slice is required, but not found",
                        "(from " + OPTIONS.profile(Profiles.PREPARATION) + ")"),
                broken(
                        "site finding declaring the pain-score profile",
                        Profiles.SITE_FINDING,
                        on(Observation.class, o -> o.getMeta()
                                .setProfile(List.of(new CanonicalType(OPTIONS.profile(Profiles.PAIN_SCORE))))),
                        "TYPE_CHECKS_PATTERN_CC",
                        "Observation.code",
                        "The pattern [system http://loinc.org, code 72514-3",
                        "defined in the profile " + OPTIONS.profile(Profiles.PAIN_SCORE) + " not found"),
                broken(
                        "Procedure declaring a profile the package does not define",
                        Profiles.PROCEDURE,
                        on(Procedure.class, p -> p.getMeta()
                                .setProfile(List.of(new CanonicalType(OPTIONS.profile("tpi-acupuncture"))))),
                        "Validation_VAL_Profile_Unknown",
                        "Procedure.meta.profile[0]",
                        "Profile reference '" + OPTIONS.profile("tpi-acupuncture")
                                + "' has not been checked because it could not be found"));
    }

    @Test
    void acceptsTheExportTheRulesAreBrokenInWithoutErrors() {
        assertThat(EXPORTED).hasSizeGreaterThan(10);
        for (Resource resource : EXPORTED) {
            assertThat(resource.getMeta().getProfile())
                    .as("%s declares its profile", resource.fhirType())
                    .hasSize(1);
            assertThat(VALIDATION.validate(resource).errors())
                    .as(resource.fhirType())
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("brokenRules")
    void reportsTheBrokenRuleAsAnErrorNamingOurDefinition(Broken broken) {
        Resource resource = exported(broken.profile());
        assertThat(VALIDATION.validate(resource).errors())
                .as("errors before the change")
                .isEmpty();

        broken.change().accept(resource);

        assertThat(VALIDATION.validate(resource).errors()).anySatisfy(error -> {
            assertThat(error.code()).isEqualTo(broken.code());
            assertThat(error.path()).isEqualTo(broken.path());
            assertThat(error.message()).contains(broken.says());
        });
    }

    /**
     * One rule broken.
     *
     * @param profile the profile name of the exported resource to change (its first such resource)
     * @param change what breaks the rule
     * @param code the expected error's HAPI message id
     * @param path the expected error's path
     * @param says what the expected error's message says, in parts
     */
    record Broken(String profile, Consumer<Resource> change, String code, String path, List<String> says) {}

    private static Arguments broken(
            String name, String profile, Consumer<Resource> change, String code, String path, String... says) {
        return Arguments.argumentSet(name, new Broken(profile, change, code, path, List.of(says)));
    }

    private static <T extends Resource> Consumer<Resource> on(Class<T> type, Consumer<T> change) {
        return resource -> change.accept(type.cast(resource));
    }

    /** A copy of the first exported resource declaring our profile {@code name}. */
    private static Resource exported(String name) {
        return EXPORTED.stream()
                .filter(resource -> resource.getMeta().hasProfile(OPTIONS.profile(name)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the example exports no " + name))
                .copy();
    }

    private static String extension(String name) {
        return OPTIONS.extension(name);
    }

    private static Extension firstSite(Procedure procedure) {
        return procedure
                .getExtensionsByUrl(extension(Extensions.INJECTION_SITE))
                .get(0);
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }

    private static void moveNeedleToTheProcedure(Procedure procedure) {
        Extension needle = procedure.getUsedCodeFirstRep().getExtensionByUrl(extension(Extensions.NEEDLE));
        procedure.getUsedCodeFirstRep().getExtension().remove(needle);
        procedure.addExtension(needle);
    }
}
