/**
 * Documents rendered from a session: the procedure note ({@link org.tpidoc.note.ProcedureNote}, the
 * sections of a LOINC 28570-0 procedure note, in English) and the patient aftercare handout ({@link
 * org.tpidoc.note.AftercareHandout}, plain words from translatable message bundles, English and
 * Spanish shipped, with the clinic's {@link org.tpidoc.note.HandoutOptions}: emergency number, clinic
 * name and phone number). Both say what was done: the note says "Not recorded" for what the record
 * leaves out and "None" only where it states none; the handout of an aborted session says what was
 * done before it stopped.
 *
 * <p>Both are built as a {@link org.tpidoc.note.NoteDocument}: a title and titled sections of simple
 * blocks (paragraphs, labelled fields, lists, tables) already in words. {@link
 * org.tpidoc.note.PlainTextRenderer} and {@link org.tpidoc.note.HtmlRenderer} turn any document into
 * plain text or into XHTML that is valid as a FHIR narrative {@code div}; {@link
 * org.tpidoc.note.XhtmlBuilder} is the small builder behind the latter, escaping every text.
 *
 * <p>Nothing here prints the patient's reference or identifiers: the record system adds the patient
 * header. Clinicians are named by display, never by a literal reference or identifier. Free text
 * recorded in the session (site detail, note, follow-up text, abort reason) is shown as written.
 */
@NullMarked
package org.tpidoc.note;

import org.jspecify.annotations.NullMarked;
