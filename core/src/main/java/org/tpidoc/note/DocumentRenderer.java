package org.tpidoc.note;

/**
 * Lays out a {@link NoteDocument} (a procedure note or an aftercare handout) in one format.
 * Implementations are immutable and thread-safe.
 */
public interface DocumentRenderer {

    /** The document in this renderer's format. */
    String render(NoteDocument document);

    /** The plain-text renderer. */
    static DocumentRenderer plainText() {
        return PlainTextRenderer.INSTANCE;
    }

    /** The FHIR-narrative XHTML renderer. */
    static DocumentRenderer html() {
        return HtmlRenderer.INSTANCE;
    }
}
