package org.tpidoc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;
import org.tpidoc.terminology.SnomedIds;

/**
 * Guards the built-in catalogue against codes that terminology.md does not list: every code it ships,
 * in any system, is in the allow-list below (copied from terminology.md, with its display), every
 * SNOMED CT code is a well-formed concept id, and the codes terminology.md forbids never appear.
 */
class BuiltInCatalogCodesTest {

    /**
     * The codes of terminology.md that a catalogue entry may carry: {@code system | code | display},
     * an empty display where terminology.md gives none. Copied by hand; keep in step with terminology.md.
     */
    private static final String ALLOWED = """
            SNOMED_CT | 31764008  | Structure of trapezius muscle
            SNOMED_CT | 11327007  | Structure of levator scapulae muscle
            SNOMED_CT | 72573008  | Infraspinatus muscle structure
            SNOMED_CT | 6423006   | Supraspinatus muscle structure
            SNOMED_CT | 1193009   | Structure of teres major muscle
            SNOMED_CT | 51159009  | Structure of teres minor muscle
            SNOMED_CT | 35259002  | Structure of deltoid muscle
            SNOMED_CT | 60005003  | Pectoralis major muscle structure
            SNOMED_CT | 18686000  | Pectoralis minor muscle structure
            SNOMED_CT | 18346003  | Structure of serratus anterior muscle
            SNOMED_CT | 15665001  | Structure of latissimus dorsi muscle
            SNOMED_CT | 22823000  | Structure of sternocleidomastoid muscle
            SNOMED_CT | 714469004 | Structure of scalene muscle
            SNOMED_CT | 50755001  | Structure of scalenus anterior muscle
            SNOMED_CT | 1600003   | Splenius capitis muscle
            SNOMED_CT | 2666009   | Structure of semispinalis capitis muscle
            SNOMED_CT | 244847002 | Suboccipital muscle
            SNOMED_CT | 52927003  | Structure of temporalis muscle
            SNOMED_CT | 79368004  | Masseter muscle structure
            SNOMED_CT | 44947003  | Structure of erector spinae muscle
            SNOMED_CT | 424072006 | Structure of thoracic paraspinous muscle group
            SNOMED_CT | 5709001   | Multifidus muscles
            SNOMED_CT | 6001004   | Quadratus lumborum muscle
            SNOMED_CT | 68455001  | Structure of iliopsoas muscle
            SNOMED_CT | 57240007  | Structure of psoas major muscle
            SNOMED_CT | 206007    | Gluteus maximus muscle
            SNOMED_CT | 78333006  | Structure of gluteus medius muscle
            SNOMED_CT | 75699001  | Structure of piriformis muscle
            SNOMED_CT | 7771000   | Left
            SNOMED_CT | 24028007  | Right
            SNOMED_CT | 51440002  | Right and left
            SNOMED_CT | 78421000  | Intramuscular use
            SNOMED_CT | 718329006 | Infiltration route
            SNOMED_CT | 726531007 | Myofascial pain syndrome
            SNOMED_CT | 279062009 | Myofascial pain
            SNOMED_CT | 762239006 | Myofascial pain with referral
            SNOMED_CT | 279030006 | Myofascial pain syndrome of neck
            SNOMED_CT | 279036000 | Myofascial pain syndrome of thorax
            SNOMED_CT | 279041008 | Myofascial pain syndrome of lower back
            SNOMED_CT | 203082005 | Fibromyalgia
            SNOMED_CT | 398057008 | Tension-type headache
            SNOMED_CT | 230470007 | Episodic tension-type headache
            SNOMED_CT | 230471006 | Chronic tension-type headache
            SNOMED_CT | 129179000 | Piriformis syndrome
            SNOMED_CT | 39848009  | Whiplash injury to neck
            SNOMED_CT | 237067000 | Chronic pelvic pain of female
            SNOMED_CT | 712752004 | Myalgia of pelvic floor
            SNOMED_CT | 81680005  | Neck pain
            SNOMED_CT | 279039007 | Low back pain
            SNOMED_CT | 278860009 | Chronic low back pain
            SNOMED_CT | 95418008  | Muscle spasm of head and/or neck
            SNOMED_CT | 279016001 | Cervicogenic headache
            SNOMED_CT | 387480006 |
            SNOMED_CT | 387150008 |
            SNOMED_CT | 116593003 |
            SNOMED_CT | 29896003  |
            SNOMED_CT | 70379000  |
            RXNORM    | 6387      |
            RXNORM    | 10759     |
            RXNORM    | 6902      |
            RXNORM    | 3264      |
            RXNORM    | 1514      |
            RXNORM    | 313002    | Sodium Chloride 9 MG/ML Injectable Solution
            RXNORM    | 1116927   | dexamethasone phosphate 4 MG/ML Injectable Solution
            ATC       | N01BB02   |
            ATC       | N01BB01   |
            ATC       | H02AB08   |
            ATC       | H02AB04   |
            ATC       | H02AB02   |
            ATC       | H02AB01   |
            ATC       | M03AX01   |
            ATC       | B05XA03   |
            HCPCS     | J3301     | triamcinolone acetonide NOS, per 10 mg
            HCPCS     | J1010     | methylprednisolone acetate, per 1 mg
            HCPCS     | J1100     | dexamethasone sodium phosphate, per 1 mg
            HCPCS     | J0702     | betamethasone acetate 3 mg and betamethasone sodium phosphate 3 mg
            HCPCS     | J0585     | onabotulinumtoxinA, per 1 unit
            """;

    private static final Map<String, String> SYSTEMS = Map.of(
            "SNOMED_CT", CodeSystems.SNOMED_CT,
            "RXNORM", CodeSystems.RXNORM,
            "ATC", CodeSystems.ATC,
            "HCPCS", CodeSystems.HCPCS);

    /** The allow-list keyed by {@code system|code}, valued by display (empty when none). */
    private static final Map<String, String> ALLOWED_DISPLAYS = parse(ALLOWED);

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedCodes")
    void everyShippedCodeIsInTerminology(String where, Concept code) {
        String key = code.system() + "|" + code.code();
        assertThat(ALLOWED_DISPLAYS).as("%s ships %s", where, key).containsKey(key);
        assertThat(Optional.ofNullable(code.display()).orElse(""))
                .as("display of %s at %s", key, where)
                .isEqualTo(ALLOWED_DISPLAYS.get(key));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedCodes")
    void everyShippedSnomedCodeIsAWellFormedConceptId(String where, Concept code) {
        if (code.system().equals(CodeSystems.SNOMED_CT)) {
            assertThat(SnomedIds.conceptIdProblem(code.code())).as(where).isEmpty();
        }
    }

    /** Codes terminology.md names as wrong for our use, whatever the system. */
    @ParameterizedTest
    @ValueSource(strings = {"9976006", "264481007", "372464004", "3787003", "24693007", "J2001"})
    void forbiddenCodeNeverShips(String forbidden) {
        assertThat(shippedCodes().map(a -> (Concept) a[1]).map(Concept::code)).doesNotContain(forbidden);
        assertThat(ALLOWED_DISPLAYS.keySet()).noneMatch(k -> k.endsWith("|" + forbidden));
    }

    @Test
    void everySnomedCodeOfTheAllowListIsAWellFormedConceptId() {
        assertThat(ALLOWED_DISPLAYS.keySet())
                .filteredOn(k -> k.startsWith(CodeSystems.SNOMED_CT + "|"))
                .hasSize(57)
                .allSatisfy(k -> assertThat(SnomedIds.isValidConceptId(k.substring(k.indexOf('|') + 1)))
                        .as(k)
                        .isTrue());
    }

    @Test
    void shipsNoCodeOutsideTheCheckedSystems() {
        assertThat(shippedCodes().map(a -> ((Concept) a[1]).system()))
                .isNotEmpty()
                .allSatisfy(system -> assertThat(SYSTEMS).containsValue(system));
    }

    /** Every code in the built-in catalogue, with where it sits: {@code (where, concept)}. */
    static Stream<Object[]> shippedCodes() {
        Catalog catalog = Catalog.builtIn();
        List<Object[]> codes = new ArrayList<>();
        for (Muscle muscle : catalog.muscles()) {
            add(codes, "muscle " + muscle.slug(), muscle.code());
        }
        for (Product product : catalog.products()) {
            product.codes().forEach(c -> add(codes, "product " + product.slug(), c));
            product.drug()
                    .codes()
                    .forEach(c -> add(codes, "drug " + product.drug().slug(), c));
            product.hcpcsCode().ifPresent(h -> add(codes, "product " + product.slug() + " HCPCS", h.code()));
        }
        return codes.stream();
    }

    private static void add(List<Object[]> codes, String where, @Nullable Concept code) {
        if (code != null) {
            codes.add(new Object[] {where + " " + code.code(), code});
        }
    }

    private static Map<String, String> parse(String table) {
        Map<String, String> allowed = new LinkedHashMap<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.split("\\|", -1);
            String system = SYSTEMS.get(cells[0].strip());
            assertThat(system).as(line).isNotNull();
            String previous = allowed.put(system + "|" + cells[1].strip(), cells[2].strip());
            assertThat(previous).as("duplicate row " + line).isNull();
        }
        return allowed;
    }
}
