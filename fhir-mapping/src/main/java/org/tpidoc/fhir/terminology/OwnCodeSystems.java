package org.tpidoc.fhir.terminology;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Complication;
import org.tpidoc.catalog.ExamFinding;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.PriorTherapy;
import org.tpidoc.catalog.Product;
import org.tpidoc.catalog.Risk;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.session.Coded;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.ContainerKind;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Needling;
import org.tpidoc.session.Position;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.SkinPreparation;
import org.tpidoc.session.Technique;
import org.tpidoc.session.Tolerance;
import org.tpidoc.session.TwitchResponse;

/**
 * Every own code system the export emits codes in, as a complete R4 {@code CodeSystem}: {@code url}
 * {@link MappingOptions#codeSystem(String)}, status active, content complete, case-sensitive, and one
 * concept (code and display) per entry of its single source: the catalogue for muscles, products, risks,
 * complications, findings and prior therapies; {@link AllergyClass} for the drug and allergy classes; the
 * enums' {@code code()} for coded session values (twitch response, skin preparation, guidance, needling,
 * tolerance, position, container kind, and the {@code code} values of our extensions: session status,
 * laterality, consent method and signer); {@link OwnCodes} for procedure kinds and pain assessment timing.
 * Displays are the ones the export writes.
 */
public final class OwnCodeSystems {

    private OwnCodeSystems() {}

    /**
     * The code systems under the options' canonical base, with the catalogue's entries.
     *
     * @param options gives the canonical base of every {@code CodeSystem.url}
     * @param catalog the catalogue the exported slugs resolve in
     * @return one fresh {@code CodeSystem} per name in {@link OwnCodes}, in a fixed order; never empty
     */
    public static List<CodeSystem> of(MappingOptions options, Catalog catalog) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(catalog, "catalog");
        List<String> kinds =
                Stream.of(Technique.values()).map(OwnCodes::procedureKind).toList();
        return List.of(
                system(options, OwnCodes.PROCEDURE, "Procedure kinds", kinds, k -> k, OwnCodes::words),
                system(options, OwnCodes.MUSCLE, "Muscles", catalog.muscles(), Muscle::slug, Muscle::name),
                system(options, OwnCodes.PRODUCT, "Drug products", catalog.products(), Product::slug, Product::name),
                system(
                        options,
                        OwnCodes.DRUG_CLASS,
                        "Drug and allergy classes",
                        List.of(AllergyClass.values()),
                        AllergyClass::code,
                        AllergyClass::words),
                system(options, OwnCodes.RISK, "Consent risks", catalog.risks(), Risk::slug, Risk::name),
                system(
                        options,
                        OwnCodes.COMPLICATION,
                        "Complications",
                        catalog.complications(),
                        Complication::slug,
                        Complication::name),
                system(
                        options,
                        OwnCodes.FINDING,
                        "Examination findings",
                        catalog.findings(),
                        ExamFinding::slug,
                        ExamFinding::name),
                system(
                        options,
                        OwnCodes.PRIOR_THERAPY,
                        "Prior therapies",
                        catalog.priorTherapies(),
                        PriorTherapy::slug,
                        PriorTherapy::name),
                coded(options, OwnCodes.TWITCH_RESPONSE, "Local twitch responses", TwitchResponse.values()),
                coded(options, OwnCodes.SKIN_PREPARATION, "Skin preparations", SkinPreparation.values()),
                coded(options, OwnCodes.GUIDANCE, "Needle guidance", Guidance.values()),
                coded(options, OwnCodes.NEEDLING, "Needling patterns", Needling.values()),
                coded(options, OwnCodes.TOLERANCE, "Tolerance of the procedure", Tolerance.values()),
                coded(options, OwnCodes.POSITION, "Patient positions", Position.values()),
                coded(options, OwnCodes.CONTAINER_KIND, "Vial kinds", ContainerKind.values()),
                coded(options, OwnCodes.SESSION_STATUS, "Session statuses", SessionStatus.values()),
                coded(options, OwnCodes.LATERALITY, "Sides of the body", Laterality.values()),
                coded(options, OwnCodes.CONSENT_METHOD, "Ways of giving consent", ConsentMethod.values()),
                coded(options, OwnCodes.CONSENT_SIGNER, "Who gave consent", ConsentSigner.values()),
                system(
                        options,
                        OwnCodes.ASSESSMENT_TIMING,
                        "Timing of a pain assessment",
                        List.of(OwnCodes.BEFORE, OwnCodes.AFTER),
                        t -> t,
                        t -> OwnCodes.words(t) + " the procedure"));
    }

    /** The machine name of our code system {@code name}: {@code prior-therapy} becomes {@code TpidocPriorTherapy}. */
    static String machineName(String name) {
        StringBuilder result = new StringBuilder("Tpidoc");
        for (String part : name.split("-")) {
            result.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return result.toString();
    }

    private static CodeSystem coded(MappingOptions options, String name, String title, Coded[] values) {
        return system(options, name, title, List.of(values), Coded::code, OwnCodes::words);
    }

    private static <T> CodeSystem system(
            MappingOptions options,
            String name,
            String title,
            Collection<T> entries,
            Function<T, String> code,
            Function<T, String> display) {
        CodeSystem system = new CodeSystem();
        system.setId(name);
        system.setUrl(options.codeSystem(name));
        system.setName(machineName(name));
        system.setTitle("tpidoc " + title);
        system.setStatus(PublicationStatus.ACTIVE);
        system.setCaseSensitive(true);
        system.setContent(CodeSystemContentMode.COMPLETE);
        for (T entry : entries) {
            system.addConcept().setCode(code.apply(entry)).setDisplay(display.apply(entry));
        }
        return system.setCount(system.getConcept().size());
    }
}
