package org.tpidoc.fhir.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub Markdown table built row by row: a header, a delimiter row and one line per row, each cell on one
 * line with its {@code |} escaped ({@link MarkdownText#cell(String)}).
 */
final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column titles. */
    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    /** Adds a row; it must have one cell (Markdown, possibly empty) per column. */
    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(
                    "a row of " + cells.length + " cells in a table of " + header.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** Whether no row was added. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table's lines, each ending with a line feed. */
    String render() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        line(out, header.stream().map(h -> "---").toList());
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            String text = MarkdownText.cell(cell);
            out.append(text.isEmpty() ? " |" : " " + text + " |");
        }
        out.append('\n');
    }
}
