package org.tpidoc.note;

import java.util.List;
import java.util.Locale;

/**
 * A document ready to render: a title, the language it is written in, and its sections in order. The
 * text is final (already in words); renderers only lay it out.
 */
public sealed interface NoteDocument permits ProcedureNote, AftercareHandout {

    /** The document's title, e.g. {@code "Trigger point injection"}. */
    String title();

    /** The language the text is written in (an HTML rendering states it in {@code lang}). */
    Locale language();

    /** The sections, in reading order; never empty. */
    List<NoteSection> sections();
}
