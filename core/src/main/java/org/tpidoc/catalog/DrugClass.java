package org.tpidoc.catalog;

import org.tpidoc.session.Coded;

/** The class of a drug; also the allergy classes of {@code patientFactors.allergies}. */
public enum DrugClass implements Coded {
    /** Amide local anaesthetics (lidocaine, bupivacaine). */
    AMIDE_LOCAL_ANESTHETIC("amide-local-anesthetic", "amide local anaesthetic"),
    /** Corticosteroids. */
    CORTICOSTEROID("corticosteroid", "corticosteroid"),
    /** Botulinum toxins. */
    BOTULINUM_TOXIN("botulinum-toxin", "botulinum toxin"),
    /** Diluents (sodium chloride). */
    DILUENT("diluent", "diluent");

    private final String code;
    private final String words;

    DrugClass(String code, String words) {
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

    /** Whether this class is a local anaesthetic (subject to the combined dose rule). */
    public boolean isLocalAnesthetic() {
        return this == AMIDE_LOCAL_ANESTHETIC;
    }
}
