package org.tpidoc.fhir.datatype;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.Locale;
import org.hl7.fhir.r4.model.Narrative;
import org.tpidoc.note.XhtmlBuilder;
import org.tpidoc.note.XhtmlBuilder.Tag;

/**
 * Generated narratives ({@code text.status = generated}). The XHTML comes from the note module's {@link
 * XhtmlBuilder} (or its renderers), so every narrative holds only basic, escaped markup that FHIR accepts
 * in {@code Narrative.div}.
 */
public final class Narratives {

    private Narratives() {}

    /** A generated narrative of ready XHTML (a {@code div} in the XHTML namespace). */
    public static Narrative generated(String xhtml) {
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString(xhtml);
        return narrative;
    }

    /**
     * A generated narrative of a title and labelled lines: {@code <p><b>title</b></p>} then one {@code
     * <p><b>label:</b> value</p>} per pair.
     *
     * @param labelsAndValues label, value, label, value, ...
     */
    public static Narrative labelled(String title, String... labelsAndValues) {
        checkArgument(labelsAndValues.length % 2 == 0, "labels and values come in pairs");
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            fields.put(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return labelled(title, fields);
    }

    /**
     * A generated narrative of a title and labelled lines in the map's order: {@code <p><b>title</b></p>}
     * then one {@code <p><b>label:</b> value</p>} per entry.
     */
    public static Narrative labelled(String title, LinkedHashMap<String, String> fields) {
        XhtmlBuilder xhtml = XhtmlBuilder.narrative(Locale.ENGLISH)
                .start(Tag.P)
                .element(Tag.B, title)
                .end();
        fields.forEach((label, value) ->
                xhtml.start(Tag.P).element(Tag.B, label + ":").text(" " + value).end());
        return generated(xhtml.build());
    }
}
