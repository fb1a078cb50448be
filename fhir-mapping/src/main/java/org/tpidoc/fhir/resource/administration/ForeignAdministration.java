package org.tpidoc.fhir.resource.administration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationDosageComponent;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.catalog.Product;
import org.tpidoc.catalog.ProductForm;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.Quantities;
import org.tpidoc.fhir.datatype.Unmapped;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.resource.medication.ForeignMedication;
import org.tpidoc.fhir.resource.procedure.SiteLocator;
import org.tpidoc.terminology.CodeSystems;

/**
 * Another system's {@code MedicationAdministration} back to what one site received: where (its dosage
 * site), which catalogue product (a referenced or contained {@code Medication}, or a {@code
 * medicationCodeableConcept}, as {@link ForeignMedication} recognises it), and how much in mL (a dose in
 * mL, or in the drug's unit at the product's known strength). {@link ForeignSites} puts what it reads on
 * the sites; ours restate the sites and are {@link AdministrationTranslator}'s.
 */
final class ForeignAdministration {

    /** SNOMED CT 718329006 Infiltration route, which a TPI may also be recorded as. */
    private static final String INFILTRATION = "718329006";

    /** R4's targets of {@code medication[x]}, a choice of type that {@code ReferenceTargets} does not read. */
    private static final Set<String> MEDICATION = Set.of("Medication");

    private static final Set<String> READ = Set.of(
            "status",
            "statusReason",
            "medication[x]",
            "subject",
            "context",
            "effective[x]",
            "performer",
            "partOf",
            "dosage");
    private static final Set<String> ADMINISTRATIVE = Set.of(
            "identifier",
            "instantiates",
            "category",
            "supportingInformation",
            "request",
            "device",
            "eventHistory",
            "reasonCode",
            "reasonReference");
    private static final Set<String> MEDICATION_READ =
            Set.of("code", "status", "ingredient", "batch", "form", "amount");
    private static final Set<String> MEDICATION_ADMINISTRATIVE = Set.of("identifier", "manufacturer");

    /**
     * What one administration gave.
     *
     * @param source the administration
     * @param site the site, or {@code null} when not recorded or not recognisable (reported)
     * @param product the catalogue product, or {@code null} when not recognised (reported)
     * @param medication what identifies the medication given (for preparations), or {@code null}
     * @param batch the referenced {@code Medication}, for its batch, or {@code null}
     * @param volumeMl the volume given in mL, or {@code null} when not convertible (reported)
     */
    record Given(
            Located source,
            SiteLocator.@Nullable Site site,
            @Nullable Product product,
            @Nullable String medication,
            @Nullable Medication batch,
            @Nullable BigDecimal volumeMl) {}

    private ForeignAdministration() {}

    /** What the administration at {@code located} gave; empty (reported) when it was not given. */
    static Optional<Given> read(ReadContext context, Located located) {
        context.use(located);
        MedicationAdministration given = (MedicationAdministration) located.resource();
        MedicationAdministrationStatus status = given.getStatus();
        if (status == MedicationAdministrationStatus.NOTDONE
                || status == MedicationAdministrationStatus.ENTEREDINERROR) {
            context.findings()
                    .add(
                            ImportCode.UNMAPPED_RESOURCE_NOTHING_LOST,
                            located.at("status"),
                            "an administration that was not given (" + status.toCode() + ") is not a site's injectate");
            return Optional.empty();
        }
        Unmapped.elements(context, located, READ, ADMINISTRATIVE);
        Product product = null;
        String medication = null;
        Medication batch = null;
        if (given.hasMedicationReference()) {
            Optional<Located> target = context.follow(
                    located, given.getMedicationReference(), located.at("medicationReference"), MEDICATION, true);
            if (target.isPresent()) {
                context.use(target.get());
                Unmapped.elements(context, target.get(), MEDICATION_READ, MEDICATION_ADMINISTRATIVE);
                batch = (Medication) target.get().resource();
                product = ForeignMedication.fromMedication(context, batch).orElse(null);
                medication = "resource:" + target.get().path();
            }
        } else if (given.hasMedicationCodeableConcept()) {
            CodeableConcept concept = given.getMedicationCodeableConcept();
            context.findings()
                    .add(
                            ImportCode.MEDICATION_NOT_REFERENCED,
                            located.at("medicationCodeableConcept"),
                            "the medication is a concept, not a Medication: no batch, strength or lot can be read");
            product = ForeignMedication.fromConcept(context, concept).orElse(null);
            medication = "concept:" + key(concept);
        }
        if (product == null) {
            context.findings()
                    .add(
                            ImportCode.UNKNOWN_MEDICATION,
                            located.at(given.hasMedicationReference() ? "medicationReference" : "medication[x]"),
                            "the medication matches no catalogue product; the site's injectate is not imported");
        }
        MedicationAdministrationDosageComponent dosage =
                given.hasDosage() ? given.getDosage() : new MedicationAdministrationDosageComponent();
        SiteLocator.Site site = null;
        if (dosage.hasSite()) {
            site = SiteLocator.locate(context, located, dosage.getSite(), located.at("dosage") + ".site")
                    .orElse(null);
        }
        route(context, located, dosage);
        BigDecimal volume = dosage.hasDose() && product != null
                ? volume(context, dosage.getDose(), product, located.at("dosage") + ".dose")
                : null;
        if (product != null && !dosage.hasDose()) {
            context.findings()
                    .add(ImportCode.DOSE_NOT_CONVERTIBLE, located.at("dosage"), "no dose recorded; no volume");
        }
        return Optional.of(new Given(located, site, product, medication, batch, volume));
    }

    private static @Nullable BigDecimal volume(ReadContext context, Quantity dose, Product product, String path) {
        Optional<BigDecimal> millilitres = Quantities.value(dose, Quantities.Unit.MILLILITRE);
        if (millilitres.isPresent()) {
            return millilitres.get();
        }
        Optional<BigDecimal> amount = product.drug().doseUnit() == DoseUnit.MG
                ? Quantities.value(dose, Quantities.Unit.MILLIGRAM)
                : Optional.empty();
        if (amount.isPresent() && product.form() == ProductForm.LIQUID) {
            return amount.get()
                    .divide(product.strength(), MathContext.DECIMAL64)
                    .stripTrailingZeros();
        }
        context.findings()
                .add(
                        ImportCode.DOSE_NOT_CONVERTIBLE,
                        path,
                        "the dose gives no volume in mL (a powder's reconstitution, or a unit other than mL or the drug's)");
        return null;
    }

    private static void route(ReadContext context, Located located, MedicationAdministrationDosageComponent dosage) {
        if (!dosage.hasRoute()) {
            return;
        }
        boolean intramuscular = dosage.getRoute().getCoding().stream()
                .anyMatch(c -> CodeSystems.SNOMED_CT.equals(c.getSystem())
                        && (FixedConcepts.INTRAMUSCULAR.code().equals(c.getCode())
                                || INFILTRATION.equals(c.getCode())));
        if (!intramuscular) {
            context.findings()
                    .add(
                            ImportCode.UNMAPPED_ELEMENT,
                            located.at("dosage") + ".route",
                            "not an intramuscular or infiltration route; the session assumes an injection into muscle");
        }
    }

    private static String key(CodeableConcept concept) {
        return concept.getCoding().stream()
                .filter(Coding::hasCode)
                .map(coding -> coding.getSystem() + "|" + coding.getCode())
                .findFirst()
                .orElse(String.valueOf(concept.getText()));
    }
}
