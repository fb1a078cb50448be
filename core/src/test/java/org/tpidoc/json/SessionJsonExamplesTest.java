package org.tpidoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Position;
import org.tpidoc.session.PostProcedure;
import org.tpidoc.testkit.Example;

class SessionJsonExamplesTest {

    private final SessionJson json = SessionJson.standard();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tpidoc.testkit.Examples#readable")
    void everyReadableExampleReadsWritesAndReadsBackEqual(Example example) throws Exception {
        InjectionSession read = json.read(example.text());

        assertThat(json.read(json.write(read))).isEqualTo(read);
        assertThat(json.read(json.writePretty(read))).isEqualTo(read);
        assertThat(json.reader().readAll(new ByteArrayInputStream(example.text().getBytes(StandardCharsets.UTF_8))))
                .containsExactly(read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tpidoc.testkit.Examples#readable")
    void writingAnExampleAgainGivesTheSameText(Example example) {
        String once = json.writePretty(json.read(example.text()));

        assertThat(json.writePretty(json.read(once))).isEqualTo(once);
    }

    @Test
    void readsTheFullExampleAsDesignSectionFourDescribesIt() {
        InjectionSession s = json.read(Samples.example(Samples.FULL_EXAMPLE));

        assertThat(s.id()).hasToString("8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11");
        assertThat(s.patient().reference()).isEqualTo("Patient/example-123");
        assertThat(s.performer().display()).isEqualTo("Dr. A. Lee");
        assertThat(s.start()).hasToString("2026-11-20T10:15-05:00");
        assertThat(s.indications()).hasSize(2);
        assertThat(s.priorTherapies()).containsExactly("stretching", "massage", "physical-therapy");
        assertThat(s.sites().get(0).volumeMl()).isEqualByComparingTo("2.5");
        assertThat(s.preparations().get(0).components().get(0).expiry()).hasToString("2027-08-31");
        assertThat(s.consent().risksDisclosed()).contains("pneumothorax", "steroid-effects");
        assertThat(s.note()).startsWith("Patient positioned prone");
    }

    @Test
    void readsEveryRecordPartOfTheFullRecordExample() {
        InjectionSession s = json.read(Samples.example(Samples.FULL_RECORD_EXAMPLE));

        assertThat(s.patientFactors().anticoagulated()).isFalse();
        assertThat(s.patientFactors().botulinumToxinUnitsLast90Days()).isNull();
        Component steroid = s.preparations().get(0).components().get(1);
        assertThat(steroid.container()).isEqualTo(Container.singleDose(BigDecimal.ONE));
        assertThat(s.preparations().get(0).components().get(0).container()).isEqualTo(Container.multiDose());
        assertThat(s.position()).isEqualTo(Position.SITTING);
        assertThat(s.aspirationBeforeInjection()).isTrue();
        assertThat(s.postProcedure()).isEqualTo(new PostProcedure(15, true));
        assertThat(s.attestation().by().display()).isEqualTo("Dr. A. Lee");
        assertThat(s.attestation().at()).isEqualTo(OffsetDateTime.parse("2026-11-20T10:50:00-05:00"));
    }

    @Test
    void keepsAnticoagulationNotRecordedApartFromRecordedAsNo() {
        InjectionSession notRecorded = json.read(Samples.editedExample(
                root -> Samples.at(root, "/patientFactors").remove("anticoagulated")));
        InjectionSession recordedNo = json.read(Samples.example(Samples.FULL_EXAMPLE));

        assertThat(notRecorded.patientFactors().anticoagulated()).isNull();
        assertThat(json.write(notRecorded)).doesNotContain("anticoagulated");
        assertThat(recordedNo.patientFactors().anticoagulated()).isFalse();
        assertThat(json.write(recordedNo)).contains("\"anticoagulated\":false");
    }

    @Test
    void readsAPatientGivenByIdentifier() {
        InjectionSession s = json.read(Samples.example(Samples.IDENTIFIER_EXAMPLE));

        assertThat(s.patient().reference()).isNull();
        assertThat(s.patient().identifier().system()).isEqualTo("urn:oid:2.16.840.1.113883.19.5");
        assertThat(s.patient().identifier().value()).isEqualTo("MRN-000451");
    }

    @Test
    void rejectsTheMalformedExampleNamingTheUnknownProperty() {
        String malformed = Samples.example("malformed-unknown-property.json");

        assertThatThrownBy(() -> json.read(malformed))
                .isInstanceOf(SessionReadException.class)
                .hasMessage("$.painScoreBefore: unknown property")
                .hasMessageContaining("painScoreBefore");
        assertThatThrownBy(() ->
                        json.reader().readAll(new ByteArrayInputStream(malformed.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SessionReadException.class)
                .hasMessageContaining("painScoreBefore");
    }
}
