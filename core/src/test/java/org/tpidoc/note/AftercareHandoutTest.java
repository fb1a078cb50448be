package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Region;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;

class AftercareHandoutTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final Catalog catalog = Catalog.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | Call 911 right away if you have: | Get medical care soon, the same day, if you have: | Call the clinic if you have:",
                "es | Llame al 911 de inmediato si tiene: | Busque atención médica pronto, el mismo día, si tiene: | Llame a la clínica si tiene:"
            })
    void givesTheThreeTiersOfWarningSigns(String language, String emergency, String soon, String clinic) {
        AftercareHandout handout =
                AftercareHandout.of(TestSessions.dryNeedlingPiriformis(), catalog, Locale.forLanguageTag(language));

        List<NoteBlock> tiers = handout.sections().stream()
                .filter(s -> s.key().equals("warning-signs"))
                .findFirst()
                .orElseThrow()
                .blocks();

        assertThat(tiers).extracting(b -> ((NoteBlock.Items) b).lead()).containsExactly(emergency, soon, clinic);
        assertThat(tiers).extracting(b -> ((NoteBlock.Items) b).items().size()).containsExactly(4, 3, 3);
        assertThat(text(TestSessions.dryNeedlingPiriformis(), Locale.forLanguageTag(language)))
                .contains(emergency, soon, clinic);
    }

    @Test
    void coversEveryPointOfTheAftercareAdvice() {
        String text = text(TestSessions.lidocaineOnly(), Locale.ENGLISH);

        assertThat(text)
                .contains("Put ice or a cold pack on the sore spots as soon as you get home")
                .contains("This week, use the treated muscles gently")
                .contains("range of motion")
                .contains("Starting tomorrow, do gentle stretches and use heat")
                .contains("Do not do hard exercise or heavy lifting for 3 to 4 days")
                .contains("sore or numb where the needle went in for a day or two")
                .contains("It may take a few days to feel better. The relief often lasts about a month.")
                .contains("swelling of your mouth or throat")
                .contains("wheezing or trouble breathing")
                .contains("chest pain or a racing heart")
                .contains("about to faint")
                .contains("a red or swollen face")
                .contains("hives (itchy bumps) that are spreading")
                .contains("weakness or dizziness")
                .contains("a fever")
                .contains("redness and swelling near a needle spot in the first week")
                .contains("new or worse pain near a needle spot")
                .contains("If your care team says it is OK, a pain medicine you can buy without a prescription")
                .contains("your care team may offer you more injections");
    }

    @Test
    void addsTheCorticosteroidLinesOnlyWhenOneWasGiven() {
        String steroid = "Your blood sugar may go up for a few days";
        String skin = "may get lighter in color or thinner";

        assertThat(text(TestSessions.neckShoulder(), Locale.ENGLISH)).contains(steroid, skin);
        assertThat(text(TestSessions.lidocaineOnly(), Locale.ENGLISH)).doesNotContain(steroid, skin);
        assertThat(text(TestSessions.corticosteroidDrawnUpButNotGiven(), Locale.ENGLISH))
                .doesNotContain(steroid, skin);
        assertThat(text(TestSessions.neckShoulder(), SPANISH)).contains("azúcar en la sangre");
        assertThat(text(TestSessions.lidocaineOnly(), SPANISH)).doesNotContain("azúcar en la sangre");
    }

    @Test
    void addsTheBotulinumToxinLinesOnlyWhenItWasGiven() {
        String builds = "Its full effect builds over 1 to 2 weeks";
        String swallowing = "trouble swallowing, speaking or breathing";

        assertThat(text(TestSessions.botulinumNeck(), Locale.ENGLISH)).contains(builds, swallowing);
        assertThat(text(TestSessions.neckShoulder(), Locale.ENGLISH)).doesNotContain(builds, swallowing);
        assertThat(text(TestSessions.botulinumNeck(), SPANISH))
                .contains("1 a 2 semanas")
                .contains("dificultad para tragar, hablar o respirar");
        assertThat(text(TestSessions.neckShoulder(), SPANISH)).doesNotContain("dificultad para tragar");
    }

    @Test
    void warnsAboutALungLeakOnlyAfterAChestWallMuscle() {
        String lung = "let air leak around a lung";

        assertThat(text(TestSessions.neckShoulder(), Locale.ENGLISH)).contains(lung); // trapezius
        assertThat(text(TestSessions.botulinumNeck(), Locale.ENGLISH)).doesNotContain(lung);
        assertThat(text(TestSessions.dryNeedlingPiriformis(), Locale.ENGLISH)).doesNotContain(lung);
    }

    @Test
    void listsTheSitesTreatedInWords() {
        assertThat(text(TestSessions.neckShoulder(), Locale.ENGLISH))
                .contains(
                        "Today you had trigger point injections in these muscles: left trapezius, right levator scapulae.");
        assertThat(text(TestSessions.neckShoulder(), SPANISH))
                .contains("trapecio del lado izquierdo, elevador de la escápula del lado derecho.");
        assertThat(text(TestSessions.dryNeedlingPiriformis(), Locale.ENGLISH))
                .contains("Today you had dry needling in these muscles: right piriformis.")
                .contains("more treatments");
        assertThat(text(TestSessions.minimalDraft(), Locale.ENGLISH))
                .contains("Today you had trigger point injections.");
    }

    @Test
    void namesEachMuscleAndSideOnce() {
        InjectionSession twice = TestSessions.neckShoulder().toBuilder()
                .addSite(InjectionSite.needled("trapezius", Laterality.LEFT, 1))
                .build();

        assertThat(text(twice, Locale.ENGLISH)).contains("muscles: left trapezius, right levator scapulae.");
    }

    @Test
    void namesAVendorMuscleByItsCatalogueName() {
        Catalog vendor = Catalog.builder(catalog)
                .muscle(new Muscle("vastus-lateralis", "vastus lateralis", Region.LEG, false, null))
                .build();
        InjectionSession session = TestSessions.dryNeedlingPiriformis().toBuilder()
                .sites(List.of(InjectionSite.needled("vastus-lateralis", Laterality.LEFT, 2)))
                .build();

        assertThat(render(AftercareHandout.of(session, vendor, Locale.ENGLISH))).contains("left vastus lateralis");
        assertThat(render(AftercareHandout.of(session, vendor, SPANISH)))
                .contains("vastus lateralis del lado izquierdo");
    }

    @Test
    void saysWhenToComeBackIfAFollowUpIsPlanned() {
        InjectionSession none =
                TestSessions.neckShoulder().toBuilder().followUp(null).build();
        InjectionSession textOnly = TestSessions.neckShoulder().toBuilder()
                .followUp(new FollowUp(null, "Call if worse."))
                .build();
        InjectionSession tomorrow = TestSessions.neckShoulder().toBuilder()
                .followUp(new FollowUp(1, null))
                .build();

        assertThat(text(TestSessions.neckShoulder(), Locale.ENGLISH)).contains("Please come back in 28 days");
        assertThat(text(TestSessions.neckShoulder(), SPANISH)).contains("regrese en 28 días");
        assertThat(text(tomorrow, Locale.ENGLISH)).contains("Please come back in 1 day ");
        assertThat(text(none, Locale.ENGLISH)).contains("Ask your care team if you need another visit.");
        assertThat(text(textOnly, Locale.ENGLISH)).contains("Ask your care team if you need another visit.");
    }

    @Test
    void fallsBackToEnglishForALanguageNotShippedWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(SPANISH);
            AftercareHandout handout = AftercareHandout.of(TestSessions.neckShoulder(), catalog, Locale.GERMAN);

            assertThat(handout.language()).isEqualTo(Locale.ENGLISH);
            assertThat(handout.title()).isEqualTo("Caring for yourself after trigger point injections");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void usesSpanishForAnyRegionalSpanish() {
        AftercareHandout handout =
                AftercareHandout.of(TestSessions.neckShoulder(), catalog, Locale.forLanguageTag("es-MX"));

        assertThat(handout.language()).isEqualTo(SPANISH);
        assertThat(DocumentRenderer.html().render(handout))
                .startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\" xml:lang=\"es\">");
    }

    @Test
    void neverNamesThePatient() {
        InjectionSession session = TestSessions.neckShoulder().toBuilder()
                .patient(new org.tpidoc.session.Reference(
                        "Patient/example-123",
                        new org.tpidoc.session.Identifier("urn:oid:2.16.840.1.113883.19.5", "MRN-000451"),
                        "Jane Q. Doe"))
                .build();

        for (Locale locale : List.of(Locale.ENGLISH, SPANISH)) {
            AftercareHandout handout = AftercareHandout.of(session, catalog, locale);
            for (DocumentRenderer renderer : List.of(DocumentRenderer.plainText(), DocumentRenderer.html())) {
                assertThat(renderer.render(handout)).doesNotContain("example-123", "MRN-000451", "Jane");
            }
        }
    }

    private String text(InjectionSession session, Locale locale) {
        return render(AftercareHandout.of(session, catalog, locale));
    }

    private static String render(AftercareHandout handout) {
        return DocumentRenderer.plainText().render(handout);
    }
}
