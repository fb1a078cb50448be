package org.tpidoc.fhir.datatype;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.References;
import org.tpidoc.session.Laterality;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

class DatatypeMappersTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-20T10:15-05:00,        2026-11-20T10:15:00-05:00",
        "2026-11-20T10:15:30.250+01:00, 2026-11-20T10:15:30.250+01:00",
        "2026-11-20T15:15Z,             2026-11-20T15:15:00Z"
    })
    void writesTimesWithSecondsAtTheRecordedOffset(String recorded, String fhir) {
        OffsetDateTime time = OffsetDateTime.parse(recorded);

        assertThat(Times.format(time)).isEqualTo(fhir);
        assertThat(Times.dateTime(time).getValueAsString()).isEqualTo(fhir);
        assertThat(Times.instant(time).getValueAsString()).isEqualTo(fhir);
    }

    @Test
    void writesAPeriodWithoutAnEndWhileNoneIsRecorded() {
        assertThat(Times.period(OffsetDateTime.parse("2026-11-20T10:15-05:00"), null)
                        .hasEnd())
                .isFalse();
        assertThat(Times.date(LocalDate.of(2027, 8, 31)).getValueAsString()).isEqualTo("2027-08-31");
    }

    @ParameterizedTest
    @CsvSource({"MG, mg, mg", "UNITS, [arb'U], units"})
    void writesDosesInUcum(DoseUnit unit, String code, String text) {
        Quantity quantity = Quantities.of(new BigDecimal("2.5"), unit);

        assertThat(quantity.getSystem()).isEqualTo(CodeSystems.UCUM);
        assertThat(quantity.getCode()).isEqualTo(code);
        assertThat(quantity.getUnit()).isEqualTo(text);
        assertThat(quantity.getValue()).isEqualByComparingTo("2.5");
    }

    @Test
    void writesStrengthPerMillilitreOrPerVial() {
        Ratio liquid = Quantities.perMillilitre(BigDecimal.TEN, DoseUnit.MG);
        Ratio powder = Quantities.perVial(new BigDecimal("100"), DoseUnit.UNITS);

        assertThat(liquid.getDenominator().getCode()).isEqualTo("mL");
        assertThat(liquid.getNumerator().getCode()).isEqualTo("mg");
        assertThat(powder.getNumerator().getCode()).isEqualTo("[arb'U]");
        assertThat(powder.getDenominator().getUnit()).isEqualTo("vial");
        assertThat(powder.getDenominator().hasSystem()).isFalse();
    }

    @Test
    void labelsASiteWithItsSideAndDetail() {
        assertThat(BodySites.label("trapezius", Laterality.LEFT, "upper fibres"))
                .isEqualTo("Left trapezius (upper fibres)");
        assertThat(BodySites.label("levator scapulae", Laterality.RIGHT, null)).isEqualTo("Right levator scapulae");
    }

    @ParameterizedTest
    @CsvSource({"LEFT, 7771000, Left", "RIGHT, 24028007, Right"})
    void codesLateralityInSnomedCt(Laterality side, String code, String display) {
        CodeableConcept laterality = BodySites.laterality(side);

        assertThat(laterality.getCodingFirstRep().getSystem()).isEqualTo(CodeSystems.SNOMED_CT);
        assertThat(laterality.getCodingFirstRep().getCode()).isEqualTo(code);
        assertThat(laterality.getCodingFirstRep().getDisplay()).isEqualTo(display);
    }

    @Test
    void linksABodySiteToTheBodyStructureThatStatesItsSide() {
        Concept own = new Concept(CodeSystems.own("muscle"), "rhomboid-major", "rhomboid major");

        CodeableConcept site = BodySites.site(
                Optional.empty(),
                own,
                "Left rhomboid major",
                new Reference("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427"));

        assertThat(site.getText()).isEqualTo("Left rhomboid major");
        assertThat(site.getCoding()).singleElement().satisfies(c -> assertThat(c.getCode())
                .isEqualTo("rhomboid-major"));
        assertThat(site.getExtensionByUrl(Extensions.BODY_SITE).getValue())
                .isInstanceOfSatisfying(
                        Reference.class, r -> assertThat(r.getReference()).startsWith("urn:uuid:"));
    }

    @Test
    void givesATextOnlyConceptNoCoding() {
        assertThat(Concepts.text("27 G needle").hasCoding()).isFalse();
        assertThat(Concepts.codeable(new Concept(CodeSystems.LOINC, "28570-0", "Procedure note"))
                        .getText())
                .isEqualTo("Procedure note");
        assertThat(Concepts.coding(CodeSystems.CPT, "20552", null).hasDisplay()).isFalse();
    }

    @Test
    void keepsAnExternalReferenceAsGiven() {
        Reference byIdentifier = References.external(
                org.tpidoc.session.Reference.byIdentifier("urn:oid:2.16.840.1.113883.19.5", "MRN-1"));
        Reference literal = References.external(org.tpidoc.session.Reference.to("Practitioner/dr-lee", "Dr. A. Lee"));

        assertThat(byIdentifier.hasReference()).isFalse();
        assertThat(byIdentifier.getIdentifier().getValue()).isEqualTo("MRN-1");
        assertThat(literal.getReference()).isEqualTo("Practitioner/dr-lee");
        assertThat(literal.getDisplay()).isEqualTo("Dr. A. Lee");
    }

    @Test
    void namesEachOwnExtensionOnceInKebabCase() {
        assertThat(new HashSet<>(Extensions.OWN)).hasSameSizeAs(Extensions.OWN);
        assertThat(Extensions.OWN).allSatisfy(name -> assertThat(name).matches("[a-z]+(-[a-z]+)*"));
    }
}
