package org.tpidoc.note;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

/** A piece of a {@link NoteSection}'s content, already in words: a paragraph, field, list or table. */
public sealed interface NoteBlock permits NoteBlock.Paragraph, NoteBlock.Field, NoteBlock.Items, NoteBlock.Table {

    /**
     * A paragraph of text. Line breaks in it are kept.
     *
     * @param text the text, never blank
     */
    record Paragraph(String text) implements NoteBlock {

        /** Checks the text. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
            checkArgument(!text.isBlank(), "a paragraph needs text");
        }
    }

    /**
     * A labelled value: {@code Performer: Dr. A. Lee}.
     *
     * @param label the label, without a colon
     * @param value the value, never blank
     */
    record Field(String label, String value) implements NoteBlock {

        /** Checks the parts. */
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            checkArgument(!value.isBlank(), "field %s needs a value", label);
        }
    }

    /**
     * A bulleted list with a lead-in line shown as written (e.g. {@code "Call 911 right away if you
     * have:"}).
     *
     * @param lead the lead-in line, or empty for none
     * @param items the items, at least one
     */
    record Items(String lead, List<String> items) implements NoteBlock {

        /** Checks the parts and copies the items. */
        public Items {
            Objects.requireNonNull(lead, "lead");
            items = List.copyOf(items);
            checkArgument(!items.isEmpty(), "list %s needs items", lead);
        }
    }

    /**
     * A table with a lead-in line shown as written, a header row and at least one body row. Every row
     * has one cell per column.
     *
     * @param lead the lead-in line (e.g. {@code "Sites:"}), or empty for none
     * @param columns the column headings
     * @param rows the body rows
     */
    record Table(String lead, List<String> columns, List<List<String>> rows) implements NoteBlock {

        /** Checks every row has one cell per column and copies them. */
        public Table {
            Objects.requireNonNull(lead, "lead");
            columns = List.copyOf(columns);
            checkArgument(!columns.isEmpty(), "a table needs columns");
            rows = rows.stream().map(List::copyOf).toList();
            checkArgument(!rows.isEmpty(), "a table needs rows");
            for (List<String> row : rows) {
                checkArgument(
                        row.size() == columns.size(), "a row has %s cells for %s columns", row.size(), columns.size());
            }
        }
    }
}
