package org.tpidoc.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.note.AftercareHandout;
import org.tpidoc.note.DocumentRenderer;
import org.tpidoc.note.ProcedureNote;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.SessionValidator;

/**
 * Renders the procedure note (LOINC 28570-0 sections, with any findings still open at signing) and the
 * patient's aftercare handout of the sample session, as plain text. {@link DocumentRenderer#html()}
 * gives the same documents as XHTML, valid as a FHIR narrative {@code div}; the handout also comes in
 * Spanish ({@code Locale.forLanguageTag("es")}).
 */
public final class RenderNoteExample {

    private RenderNoteExample() {}

    /** Prints the note and the handout of the sample session. */
    public static void main(String[] args) {
        run(SampleSession.neckShoulder(), System.out);
    }

    /**
     * Prints the procedure note and then the handout of {@code session} to {@code out}.
     *
     * @return the note and the handout, as printed
     */
    static String[] run(InjectionSession session, PrintStream out) {
        Catalog catalog = Catalog.builtIn();
        ProcedureNote note =
                ProcedureNote.of(session, catalog, SessionValidator.standard().validate(session));
        AftercareHandout handout = AftercareHandout.of(session, catalog, Locale.ENGLISH);

        DocumentRenderer text = DocumentRenderer.plainText();
        String[] documents = {text.render(note), text.render(handout)};
        out.println(documents[0]);
        out.println(documents[1]);
        return documents;
    }
}
