package org.tpidoc.fhir.input;

import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.ImportLimits;
import org.tpidoc.fhir.kernel.Findings;

/**
 * Checks FHIR XML with a StAX reader before HAPI parses it: no DTD and no external entity (the reader
 * supports neither, and a DOCTYPE rejects the input), the FHIR namespace, nesting depth, attribute and
 * text lengths, bundle entries, and, against the R4 definitions, every element (unknown ones reported
 * with their path, primitives' values checked). Immutable and thread-safe.
 */
final class XmlGuard {

    static final String FHIR_NAMESPACE = "http://hl7.org/fhir";

    private final ImportLimits limits;
    private final XMLInputFactory factory;
    private final XMLOutputFactory output = XMLOutputFactory.newDefaultFactory();

    /** One open element: its definition (null: skipped subtree), kind, path and children seen so far. */
    private static final class Frame {
        final @Nullable BaseRuntimeElementDefinition<?> definition;
        final Definitions.Kind kind;
        final String path;
        final String resourceType;
        final Map<String, Integer> seen = new HashMap<>();
        boolean narrative;

        Frame(
                @Nullable BaseRuntimeElementDefinition<?> definition,
                Definitions.Kind kind,
                String path,
                String resourceType) {
            this.definition = definition;
            this.kind = kind;
            this.path = path;
            this.resourceType = resourceType;
        }
    }

    XmlGuard(ImportLimits limits) {
        this.limits = limits;
        this.factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /**
     * The path of a checked document's resource (its type) and the document without its narratives.
     *
     * @param path the resource's path
     * @param text the document without narratives, for HAPI
     */
    record Checked(String path, String text) {}

    /**
     * Checks {@code text}; {@code root} names the document in paths until its type is known. Returns the
     * path of the resource and a copy of the document without narratives (a session is read from
     * structured data, and HAPI's parsing of narrative XHTML is most of its parsing time).
     */
    Checked check(String text, String root, Findings findings) throws InputRejected {
        XMLStreamReader reader = null;
        Deque<Frame> open = new ArrayDeque<>();
        String rootPath = root;
        StringWriter copy = new StringWriter(text.length());
        try {
            reader = factory.createXMLStreamReader(new StringReader(text));
            XMLStreamWriter writer = output.createXMLStreamWriter(copy);
            int entries = 0;
            int skipping = -1;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InputRejected(
                            ImportCode.MALFORMED, rootPath, "a DTD or entity is not allowed in FHIR XML");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (open.size() + 1 > limits.maxDepth()) {
                        throw new InputRejected(
                                ImportCode.TOO_DEEP,
                                open.isEmpty() ? rootPath : open.peek().path + "." + reader.getLocalName(),
                                "nested deeper than " + limits.maxDepth() + " levels; nothing was parsed");
                    }
                    attributes(reader, open.isEmpty() ? rootPath : open.peek().path);
                    Frame frame;
                    if (open.isEmpty()) {
                        frame = root(reader, root);
                        rootPath = frame.path;
                    } else {
                        frame = child(open.peek(), reader, findings);
                        if (open.size() == 1
                                && "entry".equals(reader.getLocalName())
                                && ++entries > limits.maxResources()) {
                            throw new InputRejected(
                                    ImportCode.TOO_LARGE,
                                    rootPath,
                                    "more than " + limits.maxResources() + " bundle entries; nothing was parsed");
                        }
                    }
                    open.push(frame);
                    if (skipping < 0 && frame.narrative) {
                        skipping = open.size();
                    }
                    if (skipping < 0) {
                        start(reader, writer);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipping < 0) {
                        writer.writeEndElement();
                    } else if (open.size() == skipping) {
                        skipping = -1;
                    }
                    open.pop();
                } else if (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (reader.getTextLength() > limits.maxStringLength()) {
                        throw new InputRejected(ImportCode.TOO_LARGE, rootPath, "a text is over the size limits");
                    }
                    if (skipping < 0 && !open.isEmpty()) {
                        writer.writeCharacters(
                                reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
            }
            if (rootPath.equals(root)) {
                throw new InputRejected(ImportCode.NOT_FHIR, root, "no element, so not a FHIR resource");
            }
            writer.writeEndDocument();
            writer.close();
            return new Checked(rootPath, copy.toString());
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber();
            throw new InputRejected(ImportCode.MALFORMED, rootPath, "not well-formed XML" + where);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // the text is in memory: nothing to release
                }
            }
        }
    }

    /** Copies the start tag the reader is at, with its namespace declarations and attributes. */
    private static void start(XMLStreamReader reader, XMLStreamWriter writer) throws XMLStreamException {
        String prefix = reader.getPrefix() == null ? "" : reader.getPrefix();
        String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
        writer.writeStartElement(prefix, reader.getLocalName(), namespace);
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String declared = reader.getNamespacePrefix(i);
            if (declared == null || declared.isEmpty()) {
                writer.writeDefaultNamespace(reader.getNamespaceURI(i));
            } else {
                writer.writeNamespace(declared, reader.getNamespaceURI(i));
            }
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attributePrefix = reader.getAttributePrefix(i) == null ? "" : reader.getAttributePrefix(i);
            String attributeNamespace = reader.getAttributeNamespace(i) == null ? "" : reader.getAttributeNamespace(i);
            writer.writeAttribute(
                    attributePrefix, attributeNamespace, reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
    }

    private static Frame root(XMLStreamReader reader, String root) throws InputRejected {
        if (!FHIR_NAMESPACE.equals(reader.getNamespaceURI())) {
            throw new InputRejected(ImportCode.NOT_FHIR, root, "the root element is not in the FHIR namespace");
        }
        String type = reader.getLocalName();
        BaseRuntimeElementDefinition<?> definition = Definitions.resource(type);
        if (definition == null) {
            throw new InputRejected(ImportCode.NOT_R4, root, "the root element is not an R4 resource type");
        }
        return new Frame(definition, Definitions.Kind.COMPOSITE, type, type);
    }

    private static Frame child(Frame parent, XMLStreamReader reader, Findings findings) throws InputRejected {
        String name = reader.getLocalName();
        if (parent.definition == null
                && parent.kind != Definitions.Kind.RESOURCE
                && parent.kind != Definitions.Kind.CONTAINED) {
            return new Frame(null, Definitions.Kind.UNKNOWN, parent.path, "");
        }
        if (parent.kind == Definitions.Kind.RESOURCE || parent.kind == Definitions.Kind.CONTAINED) {
            BaseRuntimeElementDefinition<?> definition = Definitions.resource(name);
            if (definition == null || !FHIR_NAMESPACE.equals(reader.getNamespaceURI())) {
                throw new InputRejected(ImportCode.NOT_R4, parent.path, "not an R4 resource type");
            }
            return new Frame(definition, Definitions.Kind.COMPOSITE, parent.path, name);
        }
        Definitions.Child child = Definitions.child(parent.definition, name);
        int index = parent.seen.merge(name, 1, Integer::sum) - 1;
        String path = parent.path + "." + name + (child.repeats() ? "[" + index + "]" : "");
        if (!FHIR_NAMESPACE.equals(reader.getNamespaceURI()) && child.kind() != Definitions.Kind.XHTML) {
            findings.add(ImportCode.UNKNOWN_ELEMENT, path, "an element outside the FHIR namespace; it was skipped");
            return new Frame(null, Definitions.Kind.UNKNOWN, path, "");
        }
        switch (child.kind()) {
            case UNKNOWN -> {
                if (!parent.resourceType.isEmpty() && Definitions.otherVersion(parent.resourceType, name)) {
                    throw new InputRejected(
                            ImportCode.NOT_R4,
                            path,
                            "element " + parent.resourceType + "." + name + " belongs to another FHIR version, not R4");
                }
                findings.add(ImportCode.UNKNOWN_ELEMENT, path, "R4 defines no such element here; it was skipped");
                return new Frame(null, Definitions.Kind.UNKNOWN, path, "");
            }
            case XHTML -> {
                return new Frame(null, Definitions.Kind.XHTML, path, "");
            }
            case PRIMITIVE -> {
                String value = reader.getAttributeValue(null, "value");
                if (parent.narrative && name.equals("status") && "additional".equals(value)) {
                    findings.add(
                            ImportCode.UNMAPPED_ELEMENT_NOTHING_LOST,
                            parent.path,
                            "the narrative holds more than the structured data; only structured data is imported");
                }
                if (value != null && child.definition() != null && !Definitions.valid(child.definition(), value)) {
                    findings.add(
                            ImportCode.INVALID_VALUE,
                            path,
                            "not a valid " + child.definition().getName() + "; the element is left out");
                }
                return new Frame(child.definition(), Definitions.Kind.COMPOSITE, path, "");
            }
            default -> {
                Frame frame = new Frame(child.definition(), child.kind(), path, "");
                frame.narrative = child.definition() != null
                        && "Narrative".equals(child.definition().getName());
                return frame;
            }
        }
    }

    private void attributes(XMLStreamReader reader, String path) throws InputRejected {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeValue(i).length() > limits.maxStringLength()) {
                throw new InputRejected(ImportCode.TOO_LARGE, path, "an attribute value is over the size limits");
            }
        }
    }
}
