package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.note.AftercareHandout;
import org.tpidoc.note.DocumentRenderer;
import org.tpidoc.note.NoteDocument;
import org.tpidoc.note.ProcedureNote;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.SessionValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tpidoc note --in FILE [--format text|html] [--handout] [--language TAG]}: the procedure note
 * of each session (DESIGN §7, with the findings still open), or with {@code --handout} the patient's
 * aftercare handout, as plain text or as XHTML (a FHIR narrative {@code div}). Documents of several
 * sessions follow each other, separated by a blank line. Rendering never fails on a readable session:
 * exit 0.
 */
@Command(
        name = "note",
        mixinStandardHelpOptions = true,
        description = {"The procedure note (or the patient's aftercare handout) of each session."})
public final class NoteCommand extends CliCommand {

    /** The output formats. */
    enum Format {
        /** Plain text. */
        TEXT,
        /** XHTML, valid as a FHIR narrative div. */
        HTML
    }

    @Mixin
    SessionFileOption input = new SessionFileOption();

    @Option(
            names = "--format",
            paramLabel = "text|html",
            defaultValue = "text",
            description = "text or html (a FHIR narrative div); default: ${DEFAULT-VALUE}.")
    String format = "text";

    @Option(names = "--handout", description = "The patient's aftercare handout instead of the procedure note.")
    boolean handout;

    @Option(
            names = "--language",
            paramLabel = "TAG",
            defaultValue = "en",
            description = "Language of the handout: en or es (others get English); default: ${DEFAULT-VALUE}.")
    String language = "en";

    /** A note command; picocli makes one per run. */
    public NoteCommand() {}

    /**
     * Renders the document of every session of the file.
     *
     * @return 0, or 2 when the file cannot be read or an option is wrong
     */
    @Override
    public Integer call() throws IOException {
        DocumentRenderer renderer = choice("--format", format, Format.class) == Format.HTML
                ? DocumentRenderer.html()
                : DocumentRenderer.plainText();
        Locale locale = Locale.forLanguageTag(language);
        Catalog catalog = Catalog.builtIn();
        SessionValidator validator = SessionValidator.standard().withCatalog(catalog);
        PrintWriter out = out();
        boolean[] first = {true};
        int exitCode = inputs().forEach(input.file, session -> {
            if (!first[0]) {
                out.println();
            }
            first[0] = false;
            String document = renderer.render(document(session, catalog, validator, locale));
            out.print(document.endsWith("\n") ? document : document + "\n");
        });
        out.flush();
        return exitCode;
    }

    private NoteDocument document(
            InjectionSession session, Catalog catalog, SessionValidator validator, Locale locale) {
        return handout
                ? AftercareHandout.of(session, catalog, locale)
                : ProcedureNote.of(session, catalog, validator.validate(session));
    }
}
