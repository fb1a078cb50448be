package org.tpidoc.synthetic;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The families of synthetic sessions, each with how often it comes up in the default mix. Every family
 * documents what a clinic would: the muscles of one region, indications that fit them (ICD-10-CM and
 * SNOMED CT codes from terminology.md), and a preparation or none.
 */
public enum Scenario {
    /** Trigger point injection of the neck and shoulder girdle (trapezius, levator scapulae, rhomboids, ...). */
    NECK_SHOULDER(24, Family.NECK_SHOULDER),
    /** Trigger point injection of the low back (quadratus lumborum, erector spinae, multifidus, gluteus medius). */
    LOW_BACK(20, Family.LOW_BACK),
    /** Trigger point injection of the buttock (piriformis, gluteals, tensor fasciae latae). */
    GLUTEAL(10, Family.GLUTEAL),
    /** Trigger point injection for tension-type or cervicogenic headache (temporalis, suboccipitals, ...). */
    HEADACHE(12, Family.HEADACHE),
    /** Trigger point injection of the chest wall and upper back, where pneumothorax is a risk. */
    CHEST_WALL(8, Family.CHEST_WALL),
    /** Trigger point injection of the calf (gastrocnemius, soleus). */
    CALF(4, Family.CALF),
    /** OnabotulinumtoxinA from a 100- or 200-unit vial with saline, mostly under ultrasound. */
    BOTULINUM_TOXIN(10, Family.CERVICAL_TOXIN),
    /** Dry needling (no injectate) of one region's muscles. */
    DRY_NEEDLING(12, null);

    private static final List<Family> DRY_NEEDLING_FAMILIES = List.of(
            Family.NECK_SHOULDER, Family.LOW_BACK, Family.GLUTEAL, Family.HEADACHE, Family.CALF, Family.CHEST_WALL);

    private final int weight;
    private final @Nullable Family family;

    Scenario(int weight, @Nullable Family family) {
        this.weight = weight;
        this.family = family;
    }

    /** How often this family comes up relative to the others in the default mix. */
    public int weight() {
        return weight;
    }

    /** Whether sessions of this family inject a preparation (everything but dry needling). */
    public boolean isInjection() {
        return this != DRY_NEEDLING;
    }

    /** The region family of one session of this scenario. */
    Family family(Rng rng) {
        if (family != null) {
            return family;
        }
        return rng.pick(DRY_NEEDLING_FAMILIES, 5, 4, 3, 2, 1, 1);
    }
}
