package org.tpidoc.fhir.resource.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.fhir.ExampleSessions.context;
import static org.tpidoc.fhir.ExampleSessions.read;

import java.util.List;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.ExampleSessions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.terminology.CodeSystems;

class AdministrationTranslatorTest {

    @Test
    void givesEachInjectedSiteAnAdministrationPartOfTheProcedure() {
        MappingContext context = context(read(ExampleSessions.NECK_SHOULDER));

        List<MedicationAdministration> administrations = AdministrationTranslator.toFhir(context);

        assertThat(administrations).hasSize(2).allSatisfy(administration -> {
            assertThat(administration.getPartOfFirstRep().getReference())
                    .isEqualTo("Procedure/" + context.id(Roles.PROCEDURE));
            assertThat(((Reference) administration.getMedication()).getReference())
                    .isEqualTo("Medication/" + context.id(Roles.medication("A")));
            assertThat(administration.getStatus()).isEqualTo(MedicationAdministrationStatus.COMPLETED);
            assertThat(administration.getContext().getReference()).isEqualTo("Encounter/visit-9");
            assertThat(administration.getDosage().getRoute().getCodingFirstRep().getSystem())
                    .isEqualTo(CodeSystems.SNOMED_CT);
            assertThat(administration.getDosage().getRoute().getCodingFirstRep().getCode())
                    .isEqualTo("78421000");
        });
    }

    @Test
    void givesTheDoseInMillilitresAndEachDrugsDoseInTheNote() {
        MedicationAdministration first = AdministrationTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)))
                .get(0);

        assertThat(first.getDosage().getDose().getValue()).isEqualByComparingTo("2.5");
        assertThat(first.getDosage().getDose().getCode()).isEqualTo("mL");
        assertThat(first.getDosage().getSite().getText()).isEqualTo("Left trapezius (upper fibres)");
        assertThat(first.getNoteFirstRep().getText())
                .isEqualTo("Doses at this site: lidocaine 20 mg, triamcinolone 20 mg");
    }

    @Test
    void givesBotulinumToxinInUnits() {
        List<MedicationAdministration> administrations =
                AdministrationTranslator.toFhir(context(read(ExampleSessions.BOTULINUM)));

        assertThat(administrations)
                .extracting(a -> a.getDosage().getDose().getValue().toPlainString())
                .containsExactly("25", "25", "10");
        assertThat(administrations).allSatisfy(a -> {
            assertThat(a.getDosage().getDose().getCode()).isEqualTo("[arb'U]");
            assertThat(a.getDosage().getDose().getUnit()).isEqualTo("units");
        });
    }

    @Test
    void givesNoAdministrationForDryNeedling() {
        assertThat(AdministrationTranslator.toFhir(context(read(ExampleSessions.DRY_NEEDLING))))
                .isEmpty();
    }

    @Test
    void mapsEveryStatus() {
        assertThat(AdministrationTranslator.status(SessionStatus.IN_PROGRESS))
                .isEqualTo(MedicationAdministrationStatus.INPROGRESS);
        assertThat(AdministrationTranslator.status(SessionStatus.ABORTED))
                .isEqualTo(MedicationAdministrationStatus.STOPPED);
        assertThat(AdministrationTranslator.status(SessionStatus.ENTERED_IN_ERROR))
                .isEqualTo(MedicationAdministrationStatus.ENTEREDINERROR);
    }
}
