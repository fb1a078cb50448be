package org.tpidoc.note;

import java.util.List;

/**
 * Renders a document as plain text for a record system's text box or a printout: the title
 * underlined with {@code =}, each section title underlined with {@code -}, fields as {@code Label:
 * value}, lists as indented {@code -} items and tables as aligned columns. Lines end with {@code \n}.
 * Immutable and thread-safe.
 */
public final class PlainTextRenderer implements DocumentRenderer {

    static final PlainTextRenderer INSTANCE = new PlainTextRenderer();

    private static final String COLUMN_GAP = "  ";

    /** The renderer; it holds no state, so one instance serves everyone. */
    public PlainTextRenderer() {}

    @Override
    public String render(NoteDocument document) {
        StringBuilder out = new StringBuilder();
        underlined(out, document.title(), '=');
        for (NoteSection section : document.sections()) {
            out.append('\n');
            underlined(out, section.title(), '-');
            section.blocks().forEach(block -> block(out, block));
        }
        return out.toString();
    }

    private static void underlined(StringBuilder out, String title, char rule) {
        out.append(title)
                .append('\n')
                .append(String.valueOf(rule).repeat(title.length()))
                .append('\n');
    }

    private static void block(StringBuilder out, NoteBlock block) {
        if (block instanceof NoteBlock.Paragraph paragraph) {
            out.append(paragraph.text()).append('\n');
        } else if (block instanceof NoteBlock.Field field) {
            out.append(field.label()).append(": ").append(field.value()).append('\n');
        } else if (block instanceof NoteBlock.Items items) {
            lead(out, items.lead());
            items.items().forEach(item -> out.append("  - ").append(item).append('\n'));
        } else if (block instanceof NoteBlock.Table table) {
            table(out, table);
        } else {
            throw new IllegalArgumentException("unknown block " + block.getClass());
        }
    }

    private static void lead(StringBuilder out, String lead) {
        if (!lead.isEmpty()) {
            out.append(lead).append('\n');
        }
    }

    private static void table(StringBuilder out, NoteBlock.Table table) {
        lead(out, table.lead());
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = table.columns().get(c).length();
            for (List<String> row : table.rows()) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        row(out, table.columns(), widths);
        row(out, java.util.Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        table.rows().forEach(row -> row(out, row, widths));
    }

    private static void row(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append(COLUMN_GAP);
            }
            line.append(cells.get(c)).append(" ".repeat(widths[c] - cells.get(c).length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
