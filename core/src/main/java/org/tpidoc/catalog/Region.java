package org.tpidoc.catalog;

import org.tpidoc.session.Coded;

/** The body region a muscle belongs to. */
public enum Region implements Coded {
    /** Head and face. */
    HEAD("head", "head"),
    /** Neck. */
    NECK("neck", "neck"),
    /** Shoulder and shoulder girdle. */
    SHOULDER("shoulder", "shoulder"),
    /** Upper and mid back. */
    UPPER_BACK("upper-back", "upper back"),
    /** Chest wall. */
    CHEST("chest", "chest"),
    /** Lower back. */
    LOW_BACK("low-back", "lower back"),
    /** Hip and buttock. */
    HIP("hip", "hip and buttock"),
    /** Leg. */
    LEG("leg", "leg");

    private final String code;
    private final String words;

    Region(String code, String words) {
        this.code = code;
        this.words = words;
    }

    @Override
    public String code() {
        return code;
    }

    /** The region in plain words, e.g. {@code "lower back"}. */
    public String words() {
        return words;
    }
}
