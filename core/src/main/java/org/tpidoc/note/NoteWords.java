package org.tpidoc.note;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.note.NoteBlock.Field;
import org.tpidoc.note.NoteBlock.Items;
import org.tpidoc.note.NoteBlock.Paragraph;
import org.tpidoc.session.Coded;

/**
 * The procedure note's words (the {@code note} bundle, English) and the blocks built from them: a
 * field is labelled by the message {@code label.<key>}, an empty list says "None". Immutable.
 */
final class NoteWords {

    static final NoteWords INSTANCE = new NoteWords(Messages.note());

    private final Messages messages;

    private NoteWords(Messages messages) {
        this.messages = messages;
    }

    /** The message {@code key} with {@code arguments} filled in. */
    String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    /** The words for a coded value, the message {@code prefix.code}. */
    String words(String prefix, Coded value) {
        return messages.words(prefix, value);
    }

    /** The words for a coded value, or "Not recorded" when it is {@code null}. */
    String wordsOrNotRecorded(String prefix, @Nullable Coded value) {
        return value == null ? notRecorded() : words(prefix, value);
    }

    /** The field labelled {@code label.<labelKey>}. */
    Field field(String labelKey, String value) {
        return new Field(label(labelKey), value);
    }

    /** A list labelled {@code label.<labelKey>}, or a field saying "None" when {@code items} is empty. */
    NoteBlock listOrNone(String labelKey, List<String> items) {
        return items.isEmpty() ? field(labelKey, none()) : new Items(label(labelKey) + ":", items);
    }

    /** A list without a lead-in, or a paragraph saying "None" when {@code items} is empty. */
    NoteBlock itemsOrNone(List<String> items) {
        return items.isEmpty() ? new Paragraph(none()) : new Items("", items);
    }

    /** The items joined with commas, or "None". */
    String joinedOrNone(List<String> items) {
        return items.isEmpty() ? none() : String.join(", ", items);
    }

    /** "None". */
    String none() {
        return messages.text("none");
    }

    /** "Not recorded". */
    String notRecorded() {
        return messages.text("not-recorded");
    }

    /** "yes" or "no". */
    String yesNo(boolean value) {
        return messages.text(value ? "yes" : "no");
    }

    private String label(String labelKey) {
        return messages.text("label." + labelKey);
    }
}
