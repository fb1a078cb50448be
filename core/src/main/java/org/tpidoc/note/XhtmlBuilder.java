package org.tpidoc.note;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a FHIR narrative: an XHTML {@code <div xmlns="http://www.w3.org/1999/xhtml">} holding only
 * the basic elements of {@link Tag}, no attributes but the root's namespace and language, and every
 * text escaped (Guava's {@link XmlEscapers}, which also replaces characters XML cannot carry). So its
 * output is well-formed, has no scripts, styles, event attributes or external references, and can be
 * used as a FHIR {@code Narrative.div} as it is.
 *
 * <p>Mutable and not thread-safe: create one per document. {@link #build()} fails if an element was
 * left open.
 */
public final class XhtmlBuilder {

    /** The XHTML namespace, declared on the root {@code div}. */
    public static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

    private static final Escaper TEXT = XmlEscapers.xmlContentEscaper();
    private static final Escaper ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

    /** The elements a narrative may use: basic structure and emphasis, nothing active or external. */
    public enum Tag {
        /** A division. */
        DIV,
        /** A paragraph. */
        P,
        /** A heading, level 2 (a document title). */
        H2,
        /** A heading, level 3 (a section title). */
        H3,
        /** A heading, level 4. */
        H4,
        /** A table. */
        TABLE,
        /** A table's header rows. */
        THEAD,
        /** A table's body rows. */
        TBODY,
        /** A table row. */
        TR,
        /** A header cell. */
        TH,
        /** A data cell. */
        TD,
        /** A bulleted list. */
        UL,
        /** A numbered list. */
        OL,
        /** A list item. */
        LI,
        /** Bold text. */
        B,
        /** Italic text. */
        I,
        /** An inline span. */
        SPAN;

        /** The element name, e.g. {@code "td"}. */
        public String elementName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final StringBuilder out = new StringBuilder();
    private final Deque<Tag> open = new ArrayDeque<>();
    private boolean built;

    private XhtmlBuilder(Locale language) {
        out.append("<div xmlns=\"").append(NAMESPACE).append('"');
        String tag = language.toLanguageTag();
        if (!language.getLanguage().isEmpty()) {
            String escaped = ATTRIBUTE.escape(tag);
            out.append(" lang=\"")
                    .append(escaped)
                    .append("\" xml:lang=\"")
                    .append(escaped)
                    .append('"');
        }
        out.append('>');
    }

    /** A builder whose root {@code div} states {@code language} ({@code lang} and {@code xml:lang}); none for {@link Locale#ROOT}. */
    public static XhtmlBuilder narrative(Locale language) {
        return new XhtmlBuilder(Objects.requireNonNull(language, "language"));
    }

    /** Opens {@code tag}; close it with {@link #end()}. */
    public XhtmlBuilder start(Tag tag) {
        checkState(!built, "already built");
        open.push(tag);
        out.append('<').append(tag.elementName()).append('>');
        return this;
    }

    /** Closes the element opened last. */
    public XhtmlBuilder end() {
        checkState(!open.isEmpty(), "no element is open");
        out.append("</").append(open.pop().elementName()).append('>');
        return this;
    }

    /** Appends {@code text}, escaped. */
    public XhtmlBuilder text(String text) {
        checkState(!built, "already built");
        out.append(TEXT.escape(text));
        return this;
    }

    /** Appends {@code <tag>text</tag>}, the text escaped. */
    public XhtmlBuilder element(Tag tag, String text) {
        return start(tag).text(text).end();
    }

    /** Appends a line break ({@code <br/>}). */
    public XhtmlBuilder lineBreak() {
        checkState(!built, "already built");
        out.append("<br/>");
        return this;
    }

    /** Closes the root {@code div} and returns the markup. */
    public String build() {
        checkState(
                open.isEmpty(),
                "unclosed element <%s>",
                open.isEmpty() ? "" : open.peek().elementName());
        if (!built) {
            out.append("</div>");
            built = true;
        }
        return out.toString();
    }
}
