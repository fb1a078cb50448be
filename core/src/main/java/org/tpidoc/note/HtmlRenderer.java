package org.tpidoc.note;

import java.util.Locale;
import org.tpidoc.note.XhtmlBuilder.Tag;

/**
 * Renders a document as XHTML that is valid as a FHIR narrative {@code div} (see {@link
 * XhtmlBuilder}): the title as {@code h2}, section titles as {@code h3}, fields as paragraphs with a
 * bold label, lists as {@code ul}, tables with {@code thead} and {@code tbody}. A procedure note's
 * HTML fills {@code Composition.text}; {@link #renderSection} gives one section's narrative for
 * {@code Composition.section.text}. Immutable and thread-safe.
 */
public final class HtmlRenderer implements DocumentRenderer {

    static final HtmlRenderer INSTANCE = new HtmlRenderer();

    /** The renderer; it holds no state, so one instance serves everyone. */
    public HtmlRenderer() {}

    @Override
    public String render(NoteDocument document) {
        XhtmlBuilder html = XhtmlBuilder.narrative(document.language());
        html.text("\n").element(Tag.H2, document.title()).text("\n");
        for (NoteSection section : document.sections()) {
            html.element(Tag.H3, section.title()).text("\n");
            blocks(html, section);
        }
        return html.build();
    }

    /** One section's content (without its title) as a narrative {@code div} in {@code language}. */
    public String renderSection(NoteSection section, Locale language) {
        XhtmlBuilder html = XhtmlBuilder.narrative(language).text("\n");
        blocks(html, section);
        return html.build();
    }

    private static void blocks(XhtmlBuilder html, NoteSection section) {
        for (NoteBlock block : section.blocks()) {
            block(html, block);
            html.text("\n");
        }
    }

    private static void block(XhtmlBuilder html, NoteBlock block) {
        if (block instanceof NoteBlock.Paragraph paragraph) {
            multiline(html.start(Tag.P), paragraph.text()).end();
        } else if (block instanceof NoteBlock.Field field) {
            html.start(Tag.P).element(Tag.B, field.label() + ":").text(" ");
            multiline(html, field.value()).end();
        } else if (block instanceof NoteBlock.Items items) {
            lead(html, items.lead()).start(Tag.UL);
            items.items().forEach(item -> html.element(Tag.LI, item));
            html.end();
        } else if (block instanceof NoteBlock.Table table) {
            lead(html, table.lead()).start(Tag.TABLE).start(Tag.THEAD).start(Tag.TR);
            table.columns().forEach(column -> html.element(Tag.TH, column));
            html.end().end().start(Tag.TBODY);
            for (var row : table.rows()) {
                html.start(Tag.TR);
                row.forEach(cell -> html.element(Tag.TD, cell));
                html.end();
            }
            html.end().end();
        } else {
            throw new IllegalArgumentException("unknown block " + block.getClass());
        }
    }

    /** Appends a lead-in line as a bold paragraph, unless it is empty. */
    private static XhtmlBuilder lead(XhtmlBuilder html, String lead) {
        return lead.isEmpty()
                ? html
                : html.start(Tag.P).element(Tag.B, lead).end().text("\n");
    }

    /** Appends {@code text}, turning its line breaks into {@code <br/>}. */
    private static XhtmlBuilder multiline(XhtmlBuilder html, String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                html.lineBreak();
            }
            html.text(lines[i]);
        }
        return html;
    }
}
