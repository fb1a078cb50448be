package org.tpidoc.synthetic;

import static org.tpidoc.synthetic.Indications.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.terminology.Concept;

/**
 * A region's muscles (catalogue slugs, with how often each is chosen) and its typical presentations:
 * each a billable ICD-10-CM code followed by a matching SNOMED CT indication.
 */
enum Family {
    NECK_SHOULDER(
            List.of(
                    m("trapezius", 6),
                    m("levator-scapulae", 5),
                    m("rhomboid-major", 2),
                    m("rhomboid-minor", 1),
                    m("supraspinatus", 2),
                    m("infraspinatus", 3),
                    m("teres-major", 1),
                    m("teres-minor", 1),
                    m("deltoid", 1),
                    m("scalenes", 1),
                    m("scalenus-anterior", 1),
                    m("splenius-capitis", 2)),
            List.of(
                    List.of(M79_12, MPS_NECK),
                    List.of(M54_2, NECK_PAIN),
                    List.of(M79_18, MYOFASCIAL_PAIN_SYNDROME),
                    List.of(M79_12, MYOFASCIAL_PAIN_WITH_REFERRAL),
                    List.of(S13_4XXA, WHIPLASH),
                    List.of(M79_7, FIBROMYALGIA),
                    List.of(M62_838, SPASM_HEAD_NECK))),
    LOW_BACK(
            List.of(
                    m("quadratus-lumborum", 5),
                    m("erector-spinae", 4),
                    m("multifidus", 3),
                    m("gluteus-medius", 3),
                    m("iliopsoas", 1),
                    m("psoas-major", 1),
                    m("thoracic-paraspinals", 1)),
            List.of(
                    List.of(M54_50, LOW_BACK_PAIN),
                    List.of(M54_59, MPS_LOWER_BACK),
                    List.of(M62_830, MPS_LOWER_BACK),
                    List.of(M54_59, CHRONIC_LOW_BACK_PAIN),
                    List.of(M79_18, MYOFASCIAL_PAIN))),
    GLUTEAL(
            List.of(
                    m("piriformis", 5),
                    m("gluteus-medius", 4),
                    m("gluteus-maximus", 3),
                    m("gluteus-minimus", 2),
                    m("tensor-fasciae-latae", 2)),
            List.of(
                    List.of(M79_18, MYOFASCIAL_PAIN_SYNDROME),
                    List.of(M54_59, LOW_BACK_PAIN),
                    List.of(M79_18, MYOFASCIAL_PAIN_WITH_REFERRAL))),
    HEADACHE(
            List.of(
                    m("temporalis", 3),
                    m("suboccipitals", 4),
                    m("splenius-capitis", 4),
                    m("semispinalis-capitis", 2),
                    m("sternocleidomastoid", 3),
                    m("masseter", 2),
                    m("trapezius", 3)),
            List.of(
                    List.of(G44_209, TENSION_TYPE_HEADACHE),
                    List.of(G44_219, EPISODIC_TTH),
                    List.of(G44_229, CHRONIC_TTH),
                    List.of(G44_221, CHRONIC_TTH),
                    List.of(G44_86, CERVICOGENIC_HEADACHE),
                    List.of(M79_12, MYOFASCIAL_PAIN_SYNDROME))),
    CHEST_WALL(
            List.of(
                    m("pectoralis-major", 3),
                    m("pectoralis-minor", 2),
                    m("serratus-anterior", 3),
                    m("latissimus-dorsi", 2),
                    m("rhomboid-major", 3),
                    m("rhomboid-minor", 2),
                    m("thoracic-paraspinals", 3)),
            List.of(List.of(M79_18, MPS_THORAX), List.of(M62_838, MYOFASCIAL_PAIN), List.of(M79_7, FIBROMYALGIA))),
    CALF(
            List.of(m("gastrocnemius", 3), m("soleus", 2)),
            List.of(
                    List.of(M79_18, MYOFASCIAL_PAIN),
                    List.of(M62_838, MYOFASCIAL_PAIN_SYNDROME),
                    List.of(M79_10, MYOFASCIAL_PAIN))),
    CERVICAL_TOXIN(
            List.of(
                    m("trapezius", 4),
                    m("levator-scapulae", 3),
                    m("splenius-capitis", 4),
                    m("semispinalis-capitis", 2),
                    m("sternocleidomastoid", 3),
                    m("scalenes", 1),
                    m("temporalis", 2),
                    m("suboccipitals", 2)),
            List.of(
                    List.of(M79_12, SPASM_HEAD_NECK),
                    List.of(G44_229, CHRONIC_TTH),
                    List.of(G44_221, CHRONIC_TTH),
                    List.of(M62_838, SPASM_HEAD_NECK),
                    List.of(G89_4, MPS_NECK)));

    /** Muscles whose trigger points lie deep: a longer needle. */
    static final Set<String> DEEP = Set.of(
            "quadratus-lumborum",
            "erector-spinae",
            "multifidus",
            "iliopsoas",
            "psoas-major",
            "gluteus-maximus",
            "gluteus-medius",
            "gluteus-minimus",
            "piriformis");

    final List<String> muscles;
    final int[] weights;
    final List<List<Concept>> presentations;

    Family(List<Weighted> muscles, List<List<Concept>> presentations) {
        this.muscles = muscles.stream().map(Weighted::slug).toList();
        this.weights = muscles.stream().mapToInt(Weighted::weight).toArray();
        this.presentations = presentations;
    }

    /** A muscle's catalogue slug and how often it is chosen, relative to the family's other muscles. */
    private record Weighted(String slug, int weight) {}

    private static Weighted m(String slug, int weight) {
        return new Weighted(slug, weight);
    }

    /**
     * The indications for sites of this family: one presentation (its ICD-10-CM code first), sometimes
     * without its SNOMED CT code, sometimes with chronic pain added. Piriformis sites may bring the
     * sciatic nerve lesion of their side.
     */
    List<Concept> indications(Rng rng, List<InjectionSite> sites) {
        List<Concept> presentation = rng.pick(presentations);
        if (this == GLUTEAL && rng.chance(0.5)) {
            boolean left = piriformisOn(sites, Laterality.LEFT);
            boolean right = piriformisOn(sites, Laterality.RIGHT);
            if (left || right) {
                presentation = List.of(left && right ? G57_03 : left ? G57_02 : G57_01, PIRIFORMIS_SYNDROME);
            }
        }
        List<Concept> out = new ArrayList<>();
        out.add(presentation.get(0));
        if (rng.chance(0.15)) {
            out.add(rng.chance(0.7) ? G89_29 : G89_4);
        }
        if (presentation.size() > 1 && rng.chance(0.75)) {
            out.add(presentation.get(1));
        }
        return out.stream().distinct().toList();
    }

    private static boolean piriformisOn(List<InjectionSite> sites, Laterality side) {
        return sites.stream().anyMatch(s -> s.muscle().equals("piriformis") && s.laterality() == side);
    }
}
