package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
 * (default 911) and the clinic, by its name and number when given. Documents of several sessions follow
 * each other, separated by a blank line. Rendering never fails on a readable session: exit 0; a bad
 * option (an emergency number that is not 2 to 6 digits, a handout option without {@code --handout})
 * exits 2.
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
        DocumentRenderer renderer = choice("--format", format, Format.class) == Format.HTML
                ? DocumentRenderer.html()
                : DocumentRenderer.plainText();
        Locale locale = Locale.forLanguageTag(language);
        HandoutOptions options = handoutOptions();
        Catalog catalog = Catalog.builtIn();
        SessionValidator validator = SessionValidator.standard().withCatalog(catalog);
        PrintWriter out = out();
        boolean[] first = {true};
        int exitCode = inputs().forEach(input.file, session -> {
            if (!first[0]) {
                out.println();
            }
            first[0] = false;
            String document = renderer.render(document(session, catalog, validator, locale, options));
            out.print(document.endsWith("\n") ? document : document + "\n");
        });
        out.flush();
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
