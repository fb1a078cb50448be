package org.tpidoc.note;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Risk;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.InformedConsent;

/**
 * The note's consent section: when, the method, who consented ("Signed by" only for written consent,
 * "Given by" otherwise: a verbal consent is not signed), who obtained it (by name, never by reference),
 * the risks disclosed ("Not recorded" when none is listed), alternatives and questions.
 */
final class ConsentSection {

    private final @Nullable InformedConsent consent;
    private final Catalog catalog;
    private final ClinicalFormat format;
    private final ClinicianNames clinicians;
    private final NoteWords words;

    ConsentSection(
            @Nullable InformedConsent consent,
            Catalog catalog,
            ClinicalFormat format,
            ClinicianNames clinicians,
            NoteWords words) {
        this.consent = consent;
        this.catalog = catalog;
        this.format = format;
        this.clinicians = clinicians;
        this.words = words;
    }

    List<NoteBlock> blocks() {
        if (consent == null) {
            return List.of(words.field("consent", words.notRecorded()));
        }
        String signer = consent.method() == ConsentMethod.WRITTEN ? "consent-signer.written" : "consent-signer.given";
        return List.of(
                words.field("consent-obtained", format.time(consent.obtainedAt())),
                words.field("consent-method", words.wordsOrNotRecorded("consent-method", consent.method())),
                words.field(signer, words.wordsOrNotRecorded("consent-signer", consent.signer())),
                words.field("consent-obtained-by", clinicians.say(consent.obtainedBy())),
                words.listOr(
                        "risks",
                        ProcedureNoteComposer.names(
                                consent.risksDisclosed(), s -> catalog.risk(s).map(Risk::name)),
                        words.notRecorded()),
                words.field("alternatives", words.yesNo(consent.alternativesDiscussed())),
                words.field("questions", words.yesNo(consent.questionsAnswered())));
    }
}
