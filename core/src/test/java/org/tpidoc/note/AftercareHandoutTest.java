package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.tpidoc.session.Technique;

class AftercareHandoutTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final Catalog catalog = Catalog.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | Call 911 right away if you have: | Get medical care right away if you have: | Call the clinic if you have:",
                "es | Llame al 911 de inmediato si tiene: | Busque atención médica de inmediato si tiene: | Llame a la clínica si tiene:"
            })
    void givesTheThreeTiersOfWarningSigns(String language, String emergency, String immediate, String clinic) {
        AftercareHandout handout =
                AftercareHandout.of(TestSessions.dryNeedlingPiriformis(), catalog, Locale.forLanguageTag(language));

        List<NoteBlock> tiers = section(handout, "warning-signs").blocks();

        assertThat(tiers).extracting(b -> ((NoteBlock.Items) b).lead()).containsExactly(emergency, immediate, clinic);
        assertThat(tiers).extracting(b -> ((NoteBlock.Items) b).items().size()).containsExactly(4, 3, 3);
        assertThat(render(handout)).contains(emergency, immediate, clinic).doesNotContain("same day", "mismo día");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | breathing, weakness, swallowing, chest pain, faint, fever, hives, vision, eyelids, throat",
                "es | respirar, debilidad, tragar, dolor en el pecho, desmayar, fiebre, ronchas, visión, párpados, garganta"
            })
    void listsEachWarningSignOnceEvenWithBotulinumToxinNearTheChest(String language, String signs) {
        InjectionSession toxinNearTheChest = TestSessions.botulinumNeck().toBuilder()
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "T", new BigDecimal("0.5")))
                .build();
        AftercareHandout handout = AftercareHandout.of(toxinNearTheChest, catalog, Locale.forLanguageTag(language));

        List<String> listed = section(handout, "warning-signs").blocks().stream()
                .filter(NoteBlock.Items.class::isInstance)
                .flatMap(b -> ((NoteBlock.Items) b).items().stream())
                .toList();

        assertThat(listed).doesNotHaveDuplicates();
        for (String sign : signs.split(", ")) {
            assertThat(listed.stream().filter(item -> item.contains(sign)))
                    .as("items naming %s", sign)
                    .hasSize(1);
        }
    }

    @Test
    void coversEveryPointOfTheAftercareAdvice() {
        String text = text(TestSessions.lidocaineOnly(), Locale.ENGLISH);

        assertThat(text)
                .contains("Right after your visit, put ice or a cold pack on the sore spots for 15 to 20 minutes"
                        + " every hour, as your care team tells you. Wrap it in a thin towel first.")
                .contains("Starting tomorrow, use heat for 15 minutes every hour. A heating pad set on low works well.")
                .contains("Starting tomorrow, press gently on the trigger point (the tight, sore spot in the muscle),"
                        + " then stretch the muscle.")
                .contains("This week, use the treated muscles gently")
                .contains("range of motion")
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
                .contains("a fever, or redness or swelling near a needle spot, in the first week")
                .contains("new or worse pain near a needle spot")
                .contains("questions about your care")
                .contains("If your care team says it is OK, a pain medicine you can buy without a prescription")
                .contains("your care team may offer you more injections");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "anaesthetic only | true  | true",
                "steroid only     | false | true",
                "anaesthetic and steroid | true | true",
                "botulinum toxin  | false | false",
                "dry needling     | false | false"
            })
    void saysNumbOnlyAfterAnAnaestheticAndAMonthOfReliefOnlyAfterAnAnaestheticOrSteroid(
            String given, boolean numb, boolean month) {
        InjectionSession session = session(given);

        String english = text(session, Locale.ENGLISH);
        String spanish = text(session, SPANISH);

        assertThat(english.contains("sore or numb")).as("numbness").isEqualTo(numb);
        assertThat(spanish.contains("adormecimiento")).as("adormecimiento").isEqualTo(numb);
        assertThat(english.contains("The relief often lasts about a month."))
                .as("a month")
                .isEqualTo(month);
        assertThat(spanish.contains("alrededor de un mes")).as("un mes").isEqualTo(month);
        assertThat(english).contains("It is common to feel sore");
    }

    @Test
    void saysDryNeedlingNeedsAFewDaysWithoutAnyInjectateLine() {
        String text = text(TestSessions.dryNeedlingPiriformis(), Locale.ENGLISH);

        assertThat(text)
                .contains("  - It may take a few days to feel better.\n")
                .doesNotContain("numbing medicine", "steroid", "botulinum", "numb", "month");
    }

    @Test
    void addsTheCorticosteroidLinesOnlyWhenOneWasGiven() {
        String steroid = "Your blood sugar may go up for a few days";
        String skin = "may get lighter in color or thinner";

        assertThat(text(TestSessions.neckShoulder(), Locale.ENGLISH)).contains(steroid, skin);
        assertThat(text(TestSessions.steroidOnly(), Locale.ENGLISH)).contains(steroid, skin);
        assertThat(text(TestSessions.lidocaineOnly(), Locale.ENGLISH)).doesNotContain(steroid, skin);
        assertThat(text(TestSessions.corticosteroidDrawnUpButNotGiven(), Locale.ENGLISH))
                .doesNotContain(steroid, skin);
        assertThat(text(TestSessions.neckShoulder(), SPANISH)).contains("azúcar en la sangre");
        assertThat(text(TestSessions.lidocaineOnly(), SPANISH)).doesNotContain("azúcar en la sangre");
    }

    @Test
    void addsTheBotulinumToxinCourseAndWarningsOnlyWhenItWasGiven() {
        List<String> english = List.of(
                "Its effect builds over several days to 2 weeks and usually lasts about 3 months.",
                "They can start a few hours or up to several weeks after the injection.",
                "trouble swallowing or speaking",
                "weakness that spreads beyond the treated muscles, or dizziness",
                "blurred or double vision",
                "drooping eyelids");
        List<String> spanish = List.of(
                "hasta 2 semanas, y suele durar unos 3 meses",
                "desde unas horas hasta varias semanas después",
                "dificultad para tragar o para hablar",
                "debilidad que se extiende más allá de los músculos tratados",
                "visión borrosa o doble",
                "párpados caídos");

        assertThat(text(TestSessions.botulinumNeck(), Locale.ENGLISH)).contains(english);
        assertThat(text(TestSessions.botulinumNeck(), SPANISH)).contains(spanish);
        for (InjectionSession other : List.of(TestSessions.neckShoulder(), TestSessions.dryNeedlingPiriformis())) {
            assertThat(text(other, Locale.ENGLISH)).doesNotContain(english.toArray(String[]::new));
            assertThat(text(other, SPANISH)).doesNotContain(spanish.toArray(String[]::new));
        }
        assertThat(text(TestSessions.botulinumNeck(), Locale.ENGLISH))
                .doesNotContain("The relief often lasts about a month.")
                .doesNotContain("weakness or dizziness");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "en | -                    | -           | Call the clinic if you have:",
                "en | Riverside Pain Clinic | -           | Call Riverside Pain Clinic if you have:",
                "en | -                    | 555-0100    | Call the clinic at 555-0100 if you have:",
                "en | Riverside Pain Clinic | +1 555-0100 | Call Riverside Pain Clinic at +1 555-0100 if you have:",
                "es | -                    | -           | Llame a la clínica si tiene:",
                "es | Riverside Pain Clinic | -           | Llame a Riverside Pain Clinic si tiene:",
                "es | -                    | 555-0100    | Llame a la clínica al 555-0100 si tiene:",
                "es | Riverside Pain Clinic | +1 555-0100 | Llame a Riverside Pain Clinic al +1 555-0100 si tiene:"
            })
    void namesTheClinicAndItsNumberWhereItSaysToCallTheClinic(String language, String name, String phone, String lead) {
        HandoutOptions options = HandoutOptions.defaults().withClinicName(name).withClinicPhone(phone);
        AftercareHandout handout =
                AftercareHandout.of(TestSessions.neckShoulder(), catalog, Locale.forLanguageTag(language), options);

        assertThat(render(handout)).contains("\n" + lead + "\n");
        assertThat(DocumentRenderer.html().render(handout)).contains("<p><b>" + lead + "</b></p>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | Call 112 right away if you have: | the breathing and chest pain signs above matter most.",
                "es | Llame al 112 de inmediato si tiene: | el dolor en el pecho son las más importantes."
            })
    void tellsThePatientToCallTheLocalEmergencyNumber(String language, String lead, String lungLine) {
        HandoutOptions europe = HandoutOptions.defaults().withEmergencyNumber("112");
        AftercareHandout handout =
                AftercareHandout.of(TestSessions.neckShoulder(), catalog, Locale.forLanguageTag(language), europe);

        String text = render(handout);
        String html = DocumentRenderer.html().render(handout);

        assertThat(text).contains(lead, lungLine).doesNotContain("911");
        assertThat(html).contains("<p><b>" + lead + "</b></p>", lungLine).doesNotContain("911");
        assertThat(text(TestSessions.neckShoulder(), Locale.forLanguageTag(language)))
                .contains(lead.replace("112", "911"))
                .doesNotContain("112");
    }

    @Test
    void saysWhichSitesWereDoneBeforeAnAbortedSessionStopped() {
        InjectionSession aborted = TestSessions.abortedAfterOneSite();

        AftercareHandout handout = AftercareHandout.of(aborted, catalog, Locale.ENGLISH);

        assertThat(render(handout))
                .contains("Your treatment was stopped early. Before it stopped, you had trigger point injections"
                        + " in these muscles: left trapezius.")
                .doesNotContain("Today you had", "levator scapulae")
                .contains("put ice", "numb", "new or worse pain near a needle spot");
        assertThat(handout.title()).isEqualTo("Caring for yourself after trigger point injections");
        assertThat(text(aborted, SPANISH))
                .contains("El tratamiento se detuvo antes de terminar. Antes de que se detuviera, le pusimos"
                        + " inyecciones en puntos gatillo en estos músculos: trapecio del lado izquierdo.");
    }

    @Test
    void saysNoInjectionWasGivenWhenAnAbortedSessionStoppedBeforeAnySite() {
        InjectionSession aborted = TestSessions.abortedBeforeAnySite();

        AftercareHandout handout = AftercareHandout.of(aborted, catalog, Locale.ENGLISH);
        String text = render(handout);

        assertThat(handout.title()).isEqualTo("After your visit today");
        assertThat(handout.sections())
                .extracting(NoteSection::key)
                .containsExactly("today", "warning-signs", "follow-up");
        assertThat(text)
                .contains("Your trigger point injection treatment was stopped before any injection was given.")
                .doesNotContain("Today you had", "put ice", "numb", "steroid", "needle spot", "air leak")
                .contains("Call 911 right away if you have:", "a feeling that you are about to faint");
        assertThat(section(handout, "warning-signs").blocks())
                .last()
                .isEqualTo(new NoteBlock.Items("Call the clinic if you have:", List.of("questions about your care")));
        assertThat(text(aborted, SPANISH))
                .contains("El tratamiento con inyecciones en puntos gatillo se detuvo antes de ponerle ninguna"
                        + " inyección.")
                .startsWith("Después de su visita de hoy\n");
        assertThat(text(aborted.toBuilder().technique(Technique.DRY_NEEDLING).build(), Locale.ENGLISH))
                .contains("Your dry needling treatment was stopped before any needle was put in.");
    }

    @Test
    void saysWhatWasDoneTodayForACompletedSession() {
        AftercareHandout handout = AftercareHandout.of(TestSessions.neckShoulder(), catalog, Locale.ENGLISH);

        assertThat(handout.sections())
                .extracting(NoteSection::key)
                .containsExactly("today", "care", "expect", "warning-signs", "follow-up");
        assertThat(render(handout))
                .contains("Today you had trigger point injections")
                .doesNotContain("stopped");
    }

    @Test
    void warnsAboutALungLeakOnlyAfterAChestWallMuscle() {
        String lung = "air leaks around a lung, so the breathing and chest pain signs above matter most";

        assertThat(text(TestSessions.neckShoulder(), Locale.ENGLISH)).contains(lung); // trapezius
        assertThat(text(TestSessions.botulinumNeck(), Locale.ENGLISH)).doesNotContain(lung);
        assertThat(text(TestSessions.dryNeedlingPiriformis(), Locale.ENGLISH)).doesNotContain(lung);
        assertThat(text(TestSessions.abortedBeforeAnySite(), Locale.ENGLISH)).doesNotContain(lung);
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
        assertThat(text(TestSessions.neckShoulder(), Locale.ENGLISH)).doesNotContain("If you have questions");
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

    private static InjectionSession session(String given) {
        return switch (given) {
            case "anaesthetic only" -> TestSessions.lidocaineOnly();
            case "steroid only" -> TestSessions.steroidOnly();
            case "anaesthetic and steroid" -> TestSessions.neckShoulder();
            case "botulinum toxin" -> TestSessions.botulinumNeck();
            case "dry needling" -> TestSessions.dryNeedlingPiriformis();
            default -> throw new IllegalArgumentException(given);
        };
    }

    private static NoteSection section(AftercareHandout handout, String key) {
        return handout.sections().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private String text(InjectionSession session, Locale locale) {
        return render(AftercareHandout.of(session, catalog, locale));
    }

    private static String render(AftercareHandout handout) {
        return DocumentRenderer.plainText().render(handout);
    }
}
