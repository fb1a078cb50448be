package org.tpidoc.fhir.input;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IJsonLikeParser;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.ImportLimits;
import org.tpidoc.fhir.kernel.Findings;

/**
 * One FHIR document (a bundle, or an NDJSON line) from text to a HAPI resource, checked first: the limits
 * and the elements ({@link JsonGuard} and {@link JsonElementCheck}, or {@link XmlGuard}), then HAPI's parser
 * with its errors collected as findings ({@link ParseIssues}) and a {@link DataFormatException} turned into
 * a rejection. Immutable and thread-safe: each parse makes its own HAPI parser.
 */
public final class DocumentParser {

    private final ImportLimits limits;
    private final JsonGuard json;
    private final XmlGuard xml;

    /** A parser that checks input against {@code limits}. */
    public DocumentParser(ImportLimits limits) {
        this.limits = limits;
        this.json = new JsonGuard(limits);
        this.xml = new XmlGuard(limits);
    }

    /** The limits checked. */
    public ImportLimits limits() {
        return limits;
    }

    /**
     * Parses a JSON or XML resource.
     *
     * @param text the document
     * @param prefix what precedes the resource type in paths ({@code ""} for a document, {@code
     *     "Procedure.ndjson:3/"} for an NDJSON line)
     * @param findings where element and parse findings go
     * @param jsonOnly whether only JSON is allowed (NDJSON)
     * @return the resource and its path
     * @throws InputRejected when the document cannot be read
     */
    public Parsed parse(String text, String prefix, Findings findings, boolean jsonOnly) throws InputRejected {
        String where = prefix.isEmpty() ? "input" : prefix.substring(0, prefix.length() - 1);
        String document = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int first = firstCharacter(document);
        if (first == '{') {
            ObjectNode tree = json.read(document, where);
            String path = JsonElementCheck.check(tree, prefix, findings);
            JacksonStructure structure = new JacksonStructure();
            structure.setNativeObject(tree);
            return new Parsed(
                    hapi(
                            Fhir.context().newJsonParser(),
                            p -> ((IJsonLikeParser) p).parseResource(structure),
                            path,
                            findings),
                    path);
        }
        if (first == '<' && !jsonOnly) {
            XmlGuard.Checked checked = xml.check(document, where, findings);
            return new Parsed(
                    hapi(Fhir.context().newXmlParser(), p -> p.parseResource(checked.text()), checked.path(), findings),
                    checked.path());
        }
        throw new InputRejected(
                ImportCode.NOT_FHIR,
                where,
                first < 0 ? "the input is empty" : jsonOnly ? "not a JSON object" : "neither JSON nor XML");
    }

    /**
     * A parsed resource and its path.
     *
     * @param resource the resource
     * @param path its path ({@code Bundle}, {@code Procedure.ndjson:3/Procedure})
     */
    public record Parsed(Resource resource, String path) {}

    /** {@code parse} run on a new HAPI {@code parser}, its issues collected as findings at {@code path}. */
    private static Resource hapi(IParser parser, Function<IParser, IBaseResource> parse, String path, Findings findings)
            throws InputRejected {
        parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
        parser.setParserErrorHandler(new ParseIssues(findings, path));
        try {
            return (Resource) parse.apply(parser);
        } catch (DataFormatException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("HAPI-1684")) {
                throw new InputRejected(ImportCode.NOT_R4, path, "a resource type that is not in FHIR R4");
            }
            throw new InputRejected(ImportCode.MALFORMED, path, "HAPI could not parse it" + hapiCode(message));
        } catch (RuntimeException e) {
            throw new InputRejected(
                    ImportCode.MALFORMED,
                    path,
                    "HAPI could not parse it (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** HAPI's stable message code ({@code HAPI-1811}), which names the problem without the input's values. */
    private static String hapiCode(String message) {
        java.util.regex.Matcher code =
                java.util.regex.Pattern.compile("HAPI-\\d{3,5}").matcher(message);
        return code.find() ? " (" + code.group() + ")" : "";
    }

    private static int firstCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }
}
