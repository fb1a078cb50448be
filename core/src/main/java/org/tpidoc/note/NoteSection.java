package org.tpidoc.note;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * One titled section of a {@link NoteDocument}. In a procedure note each section becomes a FHIR
 * {@code Composition.section} (title and narrative).
 *
 * @param key a stable kebab-case identifier of the section within its document (e.g. {@code
 *     "consent"}), for programs that look a section up; not shown to readers
 * @param title the section title in words, e.g. {@code "Consent"}
 * @param blocks the content, in order; never empty (an empty section says "None")
 */
public record NoteSection(String key, String title, List<NoteBlock> blocks) {

    /** Checks the parts and copies the blocks. */
    public NoteSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        checkArgument(!title.isBlank(), "a section needs a title");
        blocks = List.copyOf(blocks);
        checkArgument(!blocks.isEmpty(), "section %s has no content", key);
    }
}
