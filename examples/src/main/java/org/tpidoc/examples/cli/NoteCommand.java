package org.tpidoc.examples.cli;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.note.AftercareHandout;
import org.tpidoc.note.DocumentRenderer;
import org.tpidoc.note.HandoutOptions;
import org.tpidoc.note.NoteDocument;
import org.tpidoc.note.ProcedureNote;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.SessionValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code tpidoc note --in FILE [--format text|html] [--handout [--language TAG] [--emergency-number N]
 * [--clinic-name NAME] [--clinic-phone PHONE]]}: the procedure note of each session (DESIGN §7, with the
 * findings still open), or with {@code --handout} the patient's aftercare handout, as plain text or as
 * XHTML (a FHIR narrative {@code div}). The handout tells the patient to call the local emergency number
 * (default 911) and the clinic, by its name and number when given. Documents of several sessions are
 * told apart by their session ids ({@link NoteOutput}). Rendering never fails on a readable session:
 * exit 0; a bad option (a language the handout is not written in, an emergency number that is not 2 to
 * 6 digits, a handout option without {@code --handout}) exits 2.
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
            completionCandidates = HandoutLanguages.class,
            description = "Language of the handout: one of ${COMPLETION-CANDIDATES} (a regional tag such as es-MX"
                    + " gets its language); default: ${DEFAULT-VALUE}.")
    String language = "en";

    @Option(
            names = "--emergency-number",
            paramLabel = "N",
            description = "The local emergency number the handout says to call, 2 to 6 digits (e.g. 112, 999, 000);"
                    + " default: " + HandoutOptions.DEFAULT_EMERGENCY_NUMBER + ".")
    @Nullable
    String emergencyNumber;

    @Option(
            names = "--clinic-name",
            paramLabel = "NAME",
            description = "The clinic's name, printed where the handout says to call the clinic.")
    @Nullable
    String clinicName;

    @Option(
            names = "--clinic-phone",
            paramLabel = "PHONE",
            description = "The clinic's phone number, printed where the handout says to call the clinic.")
    @Nullable
    String clinicPhone;

    /** A note command; picocli makes one per run. */
    public NoteCommand() {}

    /**
     * Renders the document of every session of the file.
     *
     * @return 0, or 2 when the file cannot be read or an option is wrong
     */
    @Override
    public Integer call() throws IOException {
        boolean html = choice("--format", format, Format.class) == Format.HTML;
        DocumentRenderer renderer = html ? DocumentRenderer.html() : DocumentRenderer.plainText();
        Locale locale = handoutLanguage();
        HandoutOptions options = handoutOptions();
        Catalog catalog = Catalog.builtIn();
        SessionValidator validator = SessionValidator.standard().withCatalog(catalog);
        NoteOutput output = new NoteOutput(out(), html);
        int exitCode = inputs().forEach(
                        input.file,
                        session -> output.add(
                                session.id(), renderer.render(document(session, catalog, validator, locale, options))));
        output.finish();
        return exitCode;
    }

    private NoteDocument document(
            InjectionSession session,
            Catalog catalog,
            SessionValidator validator,
            Locale locale,
            HandoutOptions options) {
        return handout
                ? AftercareHandout.of(session, catalog, locale, options)
                : ProcedureNote.of(session, catalog, validator.validate(session));
    }

    /**
     * The language {@code --language} names, when the handout is written in it ({@code es-MX} is Spanish).
     *
     * @throws ParameterException (exit 2) when it is not, listing the languages the handout is written in
     */
    private Locale handoutLanguage() {
        Locale locale = Locale.forLanguageTag(language);
        boolean written = AftercareHandout.languages().stream()
                .anyMatch(known -> known.getLanguage().equals(locale.getLanguage()));
        if (!written) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '--language': '" + language + "' (the handout is written in "
                            + String.join(", ", new HandoutLanguages()) + ")");
        }
        return locale;
    }

    /** The language tags of the handout ({@link AftercareHandout#languages()}): the candidates of {@code --language}. */
    static final class HandoutLanguages implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return AftercareHandout.languages().stream()
                    .map(Locale::toLanguageTag)
                    .iterator();
        }
    }

    /**
     * The handout options the arguments give.
     *
     * @throws ParameterException (exit 2) when a handout option is given without {@code --handout}, or a
     *     value is not acceptable (the message says what is)
     */
    private HandoutOptions handoutOptions() {
        if (!handout && (emergencyNumber != null || clinicName != null || clinicPhone != null)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--emergency-number, --clinic-name and --clinic-phone apply to the handout: add --handout");
        }
        HandoutOptions options = HandoutOptions.defaults();
        if (emergencyNumber != null) {
            options = checked("--emergency-number", emergencyNumber, options::withEmergencyNumber);
        }
        options = checked("--clinic-name", clinicName, options::withClinicName);
        return checked("--clinic-phone", clinicPhone, options::withClinicPhone);
    }

    /** {@code change} applied to {@code value}; a value the options refuse is a usage error naming the option. */
    private HandoutOptions checked(
            String option, @Nullable String value, Function<@Nullable String, HandoutOptions> change) {
        try {
            return change.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(), "Invalid value for option '" + option + "': " + e.getMessage());
        }
    }
}
