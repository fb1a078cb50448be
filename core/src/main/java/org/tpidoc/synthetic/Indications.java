package org.tpidoc.synthetic;

import java.util.List;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/**
 * The indications the generator draws on, every code and display copied from terminology.md (the
 * ICD-10-CM billable codes and the SNOMED CT indications); no header code, no code of our own making.
 * Pinned by {@code IndicationsTest}.
 */
final class Indications {

    static final Concept M79_10 = icd("M79.10", "Myalgia, unspecified site");
    static final Concept M79_11 = icd("M79.11", "Myalgia of mastication muscle");
    static final Concept M79_12 = icd("M79.12", "Myalgia of auxiliary muscles, head and neck");
    static final Concept M79_18 = icd("M79.18", "Myalgia, other site");
    static final Concept M79_7 = icd("M79.7", "Fibromyalgia");
    static final Concept G44_209 = icd("G44.209", "Tension-type headache, unspecified, not intractable");
    static final Concept G44_219 = icd("G44.219", "Episodic tension-type headache, not intractable");
    static final Concept G44_221 = icd("G44.221", "Chronic tension-type headache, intractable");
    static final Concept G44_229 = icd("G44.229", "Chronic tension-type headache, not intractable");
    static final Concept G44_86 = icd("G44.86", "Cervicogenic headache");
    static final Concept G57_01 = icd("G57.01", "Lesion of sciatic nerve, right lower limb");
    static final Concept G57_02 = icd("G57.02", "Lesion of sciatic nerve, left lower limb");
    static final Concept G57_03 = icd("G57.03", "Lesion of sciatic nerve, bilateral lower limbs");
    static final Concept S13_4XXA = icd("S13.4XXA", "Sprain of ligaments of cervical spine, initial encounter");
    static final Concept M54_2 = icd("M54.2", "Cervicalgia");
    static final Concept M54_50 = icd("M54.50", "Low back pain, unspecified");
    static final Concept M54_59 = icd("M54.59", "Other low back pain");
    static final Concept M62_830 = icd("M62.830", "Muscle spasm of back");
    static final Concept M62_838 = icd("M62.838", "Other muscle spasm");
    static final Concept G89_29 = icd("G89.29", "Other chronic pain");
    static final Concept G89_4 = icd("G89.4", "Chronic pain syndrome");

    static final Concept MYOFASCIAL_PAIN_SYNDROME = snomed("726531007", "Myofascial pain syndrome");
    static final Concept MYOFASCIAL_PAIN = snomed("279062009", "Myofascial pain");
    static final Concept MYOFASCIAL_PAIN_WITH_REFERRAL = snomed("762239006", "Myofascial pain with referral");
    static final Concept MPS_NECK = snomed("279030006", "Myofascial pain syndrome of neck");
    static final Concept MPS_THORAX = snomed("279036000", "Myofascial pain syndrome of thorax");
    static final Concept MPS_LOWER_BACK = snomed("279041008", "Myofascial pain syndrome of lower back");
    static final Concept FIBROMYALGIA = snomed("203082005", "Fibromyalgia");
    static final Concept TENSION_TYPE_HEADACHE = snomed("398057008", "Tension-type headache");
    static final Concept EPISODIC_TTH = snomed("230470007", "Episodic tension-type headache");
    static final Concept CHRONIC_TTH = snomed("230471006", "Chronic tension-type headache");
    static final Concept PIRIFORMIS_SYNDROME = snomed("129179000", "Piriformis syndrome");
    static final Concept WHIPLASH = snomed("39848009", "Whiplash injury to neck");
    static final Concept NECK_PAIN = snomed("81680005", "Neck pain");
    static final Concept LOW_BACK_PAIN = snomed("279039007", "Low back pain");
    static final Concept CHRONIC_LOW_BACK_PAIN = snomed("278860009", "Chronic low back pain");
    static final Concept SPASM_HEAD_NECK = snomed("95418008", "Muscle spasm of head and/or neck");
    static final Concept CERVICOGENIC_HEADACHE = snomed("279016001", "Cervicogenic headache");

    /** Every concept above, for the test that pins them. */
    static final List<Concept> ALL = List.of(
            M79_10,
            M79_11,
            M79_12,
            M79_18,
            M79_7,
            G44_209,
            G44_219,
            G44_221,
            G44_229,
            G44_86,
            G57_01,
            G57_02,
            G57_03,
            S13_4XXA,
            M54_2,
            M54_50,
            M54_59,
            M62_830,
            M62_838,
            G89_29,
            G89_4,
            MYOFASCIAL_PAIN_SYNDROME,
            MYOFASCIAL_PAIN,
            MYOFASCIAL_PAIN_WITH_REFERRAL,
            MPS_NECK,
            MPS_THORAX,
            MPS_LOWER_BACK,
            FIBROMYALGIA,
            TENSION_TYPE_HEADACHE,
            EPISODIC_TTH,
            CHRONIC_TTH,
            PIRIFORMIS_SYNDROME,
            WHIPLASH,
            NECK_PAIN,
            LOW_BACK_PAIN,
            CHRONIC_LOW_BACK_PAIN,
            SPASM_HEAD_NECK,
            CERVICOGENIC_HEADACHE);

    private Indications() {}

    private static Concept icd(String code, String display) {
        return new Concept(CodeSystems.ICD_10_CM, code, display);
    }

    private static Concept snomed(String code, String display) {
        return new Concept(CodeSystems.SNOMED_CT, code, display);
    }
}
