package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Checks that markup is a FHIR-narrative-safe XHTML {@code div}: it parses as XML (JDK DOM parser,
 * DOCTYPEs and external entities refused) and an allow-list walk of the DOM finds only basic XHTML
 * elements, and no attributes but the root's namespace and language.
 */
final class Narratives {

    static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "div", "p", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "b", "i",
            "span", "br");
    static final Set<String> ALLOWED_ROOT_ATTRIBUTES = Set.of("xmlns", "lang", "xml:lang");

    private Narratives() {}

    /** Parses {@code markup} securely, failing the test if it is not well-formed XML. */
    static Document parse(String markup) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(markup)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XHTML: " + e.getMessage() + "\n" + markup, e);
        }
    }

    /** Asserts {@code markup} is a FHIR-narrative-safe XHTML div. */
    static void assertSafeNarrative(String markup) {
        Element root = parse(markup).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("div");
        assertThat(root.getNamespaceURI()).isEqualTo(XhtmlBuilder.NAMESPACE);
        assertThat(root.getTextContent()).as("FHIR txt-2: the div has text").isNotBlank();
        walk(root, true);
    }

    private static void walk(Element element, boolean root) {
        assertThat(element.getNamespaceURI())
                .as("namespace of <%s>", element.getTagName())
                .isEqualTo(XhtmlBuilder.NAMESPACE);
        assertThat(ALLOWED_ELEMENTS).as("allowed elements").contains(element.getLocalName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = ((Attr) attributes.item(i)).getName();
            assertThat(root && ALLOWED_ROOT_ATTRIBUTES.contains(name))
                    .as("attribute %s on <%s>", name, element.getTagName())
                    .isTrue();
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> walk((Element) child, false);
                case Node.TEXT_NODE -> {}
                default ->
                    throw new AssertionError("unexpected node " + child.getNodeName() + " in " + element.getTagName());
            }
        }
    }
}
