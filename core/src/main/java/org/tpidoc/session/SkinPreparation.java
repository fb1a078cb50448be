package org.tpidoc.session;

/** The antiseptic used on the skin. */
public enum SkinPreparation implements Coded {
    /** {@code chlorhexidine}. */
    CHLORHEXIDINE("chlorhexidine"),
    /** {@code povidone-iodine}. */
    POVIDONE_IODINE("povidone-iodine"),
    /** {@code isopropyl-alcohol}. */
    ISOPROPYL_ALCOHOL("isopropyl-alcohol"),
    /** {@code none}. */
    NONE("none");

    private final String code;

    SkinPreparation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
