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
            muscles(
                    "trapezius",
                    6,
                    "levator-scapulae",
                    5,
                    "rhomboid-major",
                    2,
                    "rhomboid-minor",
                    1,
                    "supraspinatus",
                    2,
                    "infraspinatus",
                    3,
                    "teres-major",
                    1,
                    "teres-minor",
                    1,
                    "deltoid",
                    1,
                    "scalenes",
                    1,
                    "scalenus-anterior",
                    1,
                    "splenius-capitis",
                    2),
            List.of(
                    List.of(M79_12, MPS_NECK),
                    List.of(M54_2, NECK_PAIN),
                    List.of(M79_18, MYOFASCIAL_PAIN_SYNDROME),
                    List.of(M79_12, MYOFASCIAL_PAIN_WITH_REFERRAL),
                    List.of(S13_4XXA, WHIPLASH),
                    List.of(M79_7, FIBROMYALGIA),
                    List.of(M62_838, SPASM_HEAD_NECK))),
    LOW_BACK(
            muscles(
                    "quadratus-lumborum",
                    5,
                    "erector-spinae",
                    4,
                    "multifidus",
                    3,
                    "gluteus-medius",
                    3,
                    "iliopsoas",
                    1,
                    "psoas-major",
                    1,
                    "thoracic-paraspinals",
                    1),
            List.of(
                    List.of(M54_50, LOW_BACK_PAIN),
                    List.of(M54_59, MPS_LOWER_BACK),
                    List.of(M62_830, MPS_LOWER_BACK),
                    List.of(M54_59, CHRONIC_LOW_BACK_PAIN),
                    List.of(M79_18, MYOFASCIAL_PAIN))),
    GLUTEAL(
            muscles(
                    "piriformis",
                    5,
                    "gluteus-medius",
                    4,
                    "gluteus-maximus",
                    3,
                    "gluteus-minimus",
                    2,
                    "tensor-fasciae-latae",
                    2),
            List.of(
                    List.of(M79_18, MYOFASCIAL_PAIN_SYNDROME),
                    List.of(M54_59, LOW_BACK_PAIN),
                    List.of(M79_18, MYOFASCIAL_PAIN_WITH_REFERRAL))),
    HEADACHE(
            muscles(
                    "temporalis",
                    3,
                    "suboccipitals",
                    4,
                    "splenius-capitis",
                    4,
                    "semispinalis-capitis",
                    2,
                    "sternocleidomastoid",
                    3,
                    "masseter",
                    2,
                    "trapezius",
                    3),
            List.of(
                    List.of(G44_209, TENSION_TYPE_HEADACHE),
                    List.of(G44_219, EPISODIC_TTH),
                    List.of(G44_229, CHRONIC_TTH),
                    List.of(G44_221, CHRONIC_TTH),
                    List.of(G44_86, CERVICOGENIC_HEADACHE),
                    List.of(M79_12, MYOFASCIAL_PAIN_SYNDROME))),
    CHEST_WALL(
            muscles(
                    "pectoralis-major",
                    3,
                    "pectoralis-minor",
                    2,
                    "serratus-anterior",
                    3,
                    "latissimus-dorsi",
                    2,
                    "rhomboid-major",
                    3,
                    "rhomboid-minor",
                    2,
                    "thoracic-paraspinals",
                    3),
            List.of(List.of(M79_18, MPS_THORAX), List.of(M62_838, MYOFASCIAL_PAIN), List.of(M79_7, FIBROMYALGIA))),
    CALF(
            muscles("gastrocnemius", 3, "soleus", 2),
            List.of(
                    List.of(M79_18, MYOFASCIAL_PAIN),
                    List.of(M62_838, MYOFASCIAL_PAIN_SYNDROME),
                    List.of(M79_10, MYOFASCIAL_PAIN))),
    CERVICAL_TOXIN(
            muscles(
                    "trapezius",
                    4,
                    "levator-scapulae",
                    3,
                    "splenius-capitis",
                    4,
                    "semispinalis-capitis",
                    2,
                    "sternocleidomastoid",
                    3,
                    "scalenes",
                    1,
                    "temporalis",
                    2,
                    "suboccipitals",
                    2),
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

    Family(Object[] muscles, List<List<Concept>> presentations) {
        List<String> slugs = new ArrayList<>();
        this.weights = new int[muscles.length / 2];
        for (int i = 0; i < muscles.length; i += 2) {
            slugs.add((String) muscles[i]);
            weights[i / 2] = (Integer) muscles[i + 1];
        }
        this.muscles = List.copyOf(slugs);
        this.presentations = presentations;
    }

    private static Object[] muscles(Object... slugAndWeight) {
        return slugAndWeight;
    }

    /**
     * The indications for sites of this family: one presentation (its ICD-10-CM code first), sometimes
     * without its SNOMED CT code, sometimes with chronic pain added. Piriformis sites may bring the
     * sciatic nerve lesion of their side.
     */
    List<Concept> indications(Rng rng, List<InjectionSite> sites) {
        List<Concept> presentation = rng.pick(presentations);
        if (this == GLUTEAL && rng.chance(0.5)) {
            boolean left =
                    sites.stream().anyMatch(s -> s.muscle().equals("piriformis") && s.laterality() == Laterality.LEFT);
            boolean right =
                    sites.stream().anyMatch(s -> s.muscle().equals("piriformis") && s.laterality() == Laterality.RIGHT);
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
}
