package org.tpidoc.catalog;

import java.util.Optional;
import org.tpidoc.session.Coded;
import org.tpidoc.session.SkinPreparation;

/**
 * The allergy classes of {@code patientFactors.allergies}: the drug classes of {@link DrugClass}, and
 * the skin antiseptic classes {@code chlorhexidine} and {@code iodine} (checked against the session's
 * skin preparation).
 */
public enum AllergyClass implements Coded {
    /** Amide local anaesthetics. */
    AMIDE_LOCAL_ANESTHETIC(DrugClass.AMIDE_LOCAL_ANESTHETIC.code(), DrugClass.AMIDE_LOCAL_ANESTHETIC.words()),
    /** Corticosteroids. */
    CORTICOSTEROID(DrugClass.CORTICOSTEROID.code(), DrugClass.CORTICOSTEROID.words()),
    /** Botulinum toxins. */
    BOTULINUM_TOXIN(DrugClass.BOTULINUM_TOXIN.code(), DrugClass.BOTULINUM_TOXIN.words()),
    /** Diluents. */
    DILUENT(DrugClass.DILUENT.code(), DrugClass.DILUENT.words()),
    /** Chlorhexidine (skin antiseptic). */
    CHLORHEXIDINE("chlorhexidine", "chlorhexidine"),
    /** Iodine, as in povidone-iodine (skin antiseptic). */
    IODINE("iodine", "iodine");

    private final String code;
    private final String words;

    AllergyClass(String code, String words) {
        this.code = code;
        this.words = words;
    }

    @Override
    public String code() {
        return code;
    }

    /** The class in words. */
    public String words() {
        return words;
    }

    /** The allergy class a skin antiseptic belongs to: chlorhexidine, or iodine for povidone-iodine. */
    public static Optional<AllergyClass> of(SkinPreparation antiseptic) {
        return switch (antiseptic) {
            case CHLORHEXIDINE -> Optional.of(CHLORHEXIDINE);
            case POVIDONE_IODINE -> Optional.of(IODINE);
            case ISOPROPYL_ALCOHOL, NONE -> Optional.empty();
        };
    }
}
