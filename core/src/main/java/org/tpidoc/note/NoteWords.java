package org.tpidoc.note;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.note.NoteBlock.Field;
import org.tpidoc.note.NoteBlock.Items;
import org.tpidoc.note.NoteBlock.Paragraph;
import org.tpidoc.session.Coded;

/**
 * The procedure note's words (the {@code note} bundle, English) and the blocks built from them: a
 * field is labelled by the message {@code label.<key>}; an empty list says what its emptiness means,
 * "None" only when the record states none, else "Not recorded". Immutable.
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

    /** A list labelled {@code label.<labelKey>}, or a field saying {@code empty} when {@code items} is empty. */
    NoteBlock listOr(String labelKey, List<String> items, String empty) {
        return items.isEmpty() ? field(labelKey, empty) : new Items(label(labelKey) + ":", items);
    }

    /** A list without a lead-in, or a paragraph saying {@code empty} when {@code items} is empty. */
    NoteBlock itemsOr(List<String> items, String empty) {
        return items.isEmpty() ? new Paragraph(empty) : new Items("", items);
    }

    /** The items joined with commas, or {@code empty} when there are none. */
    String joinedOr(List<String> items, String empty) {
        return items.isEmpty() ? empty : String.join(", ", items);
    }

    /** "None". */
    String none() {
        return messages.text("none");
    }

    /** "Not recorded": the record does not say (never the same as "None"). */
    String notRecorded() {
        return messages.text("not-recorded");
    }

    /** "Not named in the record": a person referred to without a name (never the raw reference). */
    String notNamed() {
        return messages.text("not-named");
    }

    /** "yes" or "no". */
    String yesNo(boolean value) {
        return messages.text(value ? "yes" : "no");
    }

    private String label(String labelKey) {
        return messages.text("label." + labelKey);
    }
}
