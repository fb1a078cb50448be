package org.tpidoc.examples.cli;

import java.io.PrintWriter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes the rendered documents of a {@code note} run. One document is written as it is. Several are
 * told apart: as text, each under a rule that names its session ({@code ==== session <id> ====}); as
 * XHTML, one XHTML {@code div} holding a {@code div id="session-<id>"} per session (with a rule and
 * the session id before its document), so the whole stays one well-formed XHTML element. It holds back
 * only the first document, until it knows whether another follows.
 */
final class NoteOutput {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final PrintWriter out;
    private final boolean html;
    private int count;
    private @Nullable UUID firstSession;
    private @Nullable String firstDocument;
    private boolean anyWritten;

    /** An output to {@code out} of text documents, or of XHTML narrative {@code div}s when {@code html}. */
    NoteOutput(PrintWriter out, boolean html) {
        this.out = out;
        this.html = html;
    }

    /** Adds the document of {@code session}. */
    void add(UUID session, String document) {
        count++;
        if (count == 1) {
            firstSession = session;
            firstDocument = document;
            return;
        }
        if (count == 2) {
            if (html) {
                out.print("<div xmlns=\"" + XHTML + "\">\n");
            }
            separated(firstSession, firstDocument);
            firstDocument = null;
        }
        separated(session, document);
    }

    /** Writes what is held back and closes the documents; call once, after the last {@link #add}. */
    void finish() {
        if (count == 1 && firstDocument != null) {
            out.print(line(firstDocument));
        } else if (count > 1 && html) {
            out.print("</div>\n");
        }
        out.flush();
    }

    private void separated(@Nullable UUID session, @Nullable String document) {
        if (html) {
            out.print("<div id=\"session-" + session + "\">\n");
            out.print("<hr/>\n<p>session " + session + "</p>\n");
            out.print(line(document));
            out.print("</div>\n");
        } else {
            if (anyWritten) {
                out.println();
            }
            out.println("==== session " + session + " ====");
            out.println();
            out.print(line(document));
        }
        anyWritten = true;
    }

    private static String line(@Nullable String document) {
        String text = document == null ? "" : document;
        return text.endsWith("\n") ? text : text + "\n";
    }
}
