package org.tpidoc.note;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.dosing.Dose;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.session.CodedEnums;
import org.tpidoc.session.PatientFactors;

/**
 * The note's patient safety factors: weight, allergy classes in words, anticoagulation (yes, no, or not
 * recorded: an absent value is not a "no"), and the onabotulinumtoxinA of the previous 90 days when it
 * is recorded or when the toxin was given today. An allergy list of a recorded set of factors that is
 * empty says "none recorded", never that the patient has no allergies.
 */
final class PatientFactorsSection {

    private final @Nullable PatientFactors factors;
    private final SessionDoses doses;
    private final NoteWords words;

    PatientFactorsSection(@Nullable PatientFactors factors, SessionDoses doses, NoteWords words) {
        this.factors = factors;
        this.doses = doses;
        this.words = words;
    }

    List<NoteBlock> blocks() {
        List<NoteBlock> blocks = new ArrayList<>();
        blocks.add(words.field("weight", weight()));
        blocks.add(words.field("allergies", allergies()));
        blocks.add(words.field("anticoagulated", anticoagulated()));
        BigDecimal priorToxin = factors == null ? null : factors.botulinumToxinUnitsLast90Days();
        if (priorToxin != null) {
            blocks.add(words.field("botulinum-toxin-last-90-days", Dose.format(priorToxin, DoseUnit.UNITS)));
        } else if (doses.gives(DrugClass.BOTULINUM_TOXIN)) {
            blocks.add(words.field("botulinum-toxin-last-90-days", words.notRecorded()));
        }
        return blocks;
    }

    private String weight() {
        return factors == null || factors.weightKg() == null
                ? words.notRecorded()
                : words.text("weight", ClinicalFormat.plain(factors.weightKg()));
    }

    private String allergies() {
        if (factors == null) {
            return words.notRecorded();
        }
        List<String> classes = factors.allergies().stream()
                .map(slug -> CodedEnums.fromCode(AllergyClass.class, slug)
                        .map(AllergyClass::words)
                        .orElse(slug))
                .toList();
        return words.joinedOr(classes, words.text("allergies.none-recorded"));
    }

    private String anticoagulated() {
        Boolean anticoagulated = factors == null ? null : factors.anticoagulated();
        return anticoagulated == null ? words.notRecorded() : words.yesNo(anticoagulated);
    }
}
