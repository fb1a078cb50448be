package org.tpidoc.fhir;

import com.google.common.base.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.ImportLimits;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.assembly.BundleReader;
import org.tpidoc.fhir.assembly.ImportRun;
import org.tpidoc.fhir.assembly.NdjsonBulkReader;
import org.tpidoc.fhir.input.DocumentParser;
import org.tpidoc.fhir.input.InputRejected;
import org.tpidoc.fhir.kernel.Findings;
import org.tpidoc.fhir.kernel.Located;

/**
 * Imports sessions from FHIR R4: a bundle (transaction, batch, collection, document or searchset) as JSON
 * or XML text, a stream, or a parsed {@link Bundle}; or a bulk NDJSON directory as {@link
 * org.tpidoc.fhir.NdjsonBulkWriter} writes it. The inverse of {@link FhirExporter}: a session our
 * export wrote with the same {@link MappingOptions} comes back equal, with no finding; another system's
 * data comes back on a best-effort basis, what could not be carried over as findings and the session
 * marked for review (see {@link ImportCode}).
 *
 * <p>Input is checked against the {@link ImportLimits} before HAPI parses it (size, nesting depth, string
 * length, resource count, no DTD), and every element R4 does not define is reported with its path. Bad
 * input gives a rejected {@link ImportResult} ({@link ImportResult#rejected()}), never an unchecked
 * exception; only I/O failures of a stream or directory are thrown. Build one per configuration and share
 * it: it is immutable and thread-safe.
 */
public final class FhirImporter {

    private final MappingOptions options;
    private final Catalog catalog;
    private final DocumentParser parser;

    /** An importer for data exported with {@code options}, over the built-in catalogue and default limits. */
    public FhirImporter(MappingOptions options) {
        this(options, Catalog.builtIn(), ImportLimits.DEFAULT);
    }

    /**
     * An importer for data exported with {@code options}, recognising muscles and products in {@code
     * catalog}, checking input against {@code limits}.
     */
    public FhirImporter(MappingOptions options, Catalog catalog, ImportLimits limits) {
        this.options = Objects.requireNonNull(options, "options");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.parser = new DocumentParser(Objects.requireNonNull(limits, "limits"));
    }

    /** An importer with {@link MappingOptions#defaults()}, the built-in catalogue and default limits. */
    public static FhirImporter standard() {
        return new FhirImporter(MappingOptions.defaults());
    }

    /** The options our extensions and code systems are recognised by. */
    public MappingOptions options() {
        return options;
    }

    /** The limits input is checked against. */
    public ImportLimits limits() {
        return parser.limits();
    }

    /**
     * Imports a bundle given as JSON or XML text (its format told by its first character).
     *
     * @return the sessions and findings; rejected (no session, one error finding) when it cannot be read
     */
    public ImportResult importBundle(String text) {
        Objects.requireNonNull(text, "text");
        return guarded(findings -> {
            if (text.length() > limits().maxBytes() || utf8Length(text) > limits().maxBytes()) {
                throw tooLarge();
            }
            DocumentParser.Parsed parsed = parser.parse(text, "", findings, false);
            if (!(parsed.resource() instanceof Bundle bundle)) {
                throw new InputRejected(
                        ImportCode.NOT_A_BUNDLE,
                        parsed.path(),
                        "a " + parsed.resource().fhirType() + ", not a Bundle");
            }
            return read(BundleReader.entries(bundle, parsed.path(), findings), findings, parsed.path());
        });
    }

    /**
     * Imports a bundle from a stream of UTF-8 JSON or XML, reading at most {@link ImportLimits#maxBytes()}
     * bytes (and one more, to tell that there are more). The stream is not closed.
     *
     * @throws IOException if the stream cannot be read
     */
    public ImportResult importBundle(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        long max = limits().maxBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            return ImportResult.rejected(tooLarge().finding());
        }
        try {
            return importBundle(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return ImportResult.rejected(ImportCode.MALFORMED.at("input", "not UTF-8"));
        }
    }

    /** Imports a bundle already parsed (by a HAPI client, say); paths start at {@code Bundle}. */
    public ImportResult importBundle(Bundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        return guarded(findings -> read(BundleReader.entries(bundle, "Bundle", findings), findings, "Bundle"));
    }

    /**
     * Imports a bulk NDJSON directory: the files its manifest lists, or every {@code *.ndjson} file. Paths
     * are {@code <file>:<line>/<Type>...}.
     *
     * @throws IOException if the directory or one of its files cannot be read
     */
    public ImportResult importNdjson(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        String root =
                directory.getFileName() == null ? "." : directory.getFileName().toString();
        return guarded(findings -> read(NdjsonBulkReader.read(directory, parser, findings), findings, root));
    }

    /** One import's reading: it may reject the input, or fail to read a stream or file ({@code X}). */
    private interface Reading<X extends Exception> {
        ImportResult read(Findings findings) throws InputRejected, X;
    }

    /** The result of {@code reading}: a rejection as a rejected result, a defect as {@link ImportCode#IMPORT_FAILED}. */
    private static <X extends Exception> ImportResult guarded(Reading<X> reading) throws X {
        try {
            return reading.read(new Findings());
        } catch (InputRejected e) {
            return ImportResult.rejected(e.finding());
        } catch (RuntimeException e) {
            return failed(e);
        }
    }

    private ImportResult read(List<Located> resources, Findings findings, String root) {
        return ImportRun.run(options, catalog, resources, findings, root);
    }

    private InputRejected tooLarge() {
        return new InputRejected(
                ImportCode.TOO_LARGE, "input", "over " + limits().maxBytes() + " bytes; nothing was parsed");
    }

    private static ImportResult failed(RuntimeException e) {
        return ImportResult.rejected(ImportCode.IMPORT_FAILED.at(
                "input", "the import failed (" + e.getClass().getSimpleName() + "); please report this as a defect"));
    }

    /** The length of {@code text} in UTF-8; text with an unpaired surrogate is not Unicode text. */
    private static long utf8Length(String text) throws InputRejected {
        try {
            return Utf8.encodedLength(text);
        } catch (IllegalArgumentException e) {
            throw new InputRejected(ImportCode.MALFORMED, "input", "an unpaired surrogate: not Unicode text");
        }
    }
}
