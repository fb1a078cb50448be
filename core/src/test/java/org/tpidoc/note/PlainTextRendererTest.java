package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    @Test
    void underlinesTitlesAndAlignsTableColumns() {
        AftercareHandout document = new AftercareHandout(
                "Title",
                Locale.ENGLISH,
                List.of(new NoteSection(
                        "s",
                        "Section",
                        List.of(
                                new NoteBlock.Field("Label", "value"),
                                new NoteBlock.Items("Lead:", List.of("one", "two")),
                                new NoteBlock.Table(
                                        "Sites:",
                                        List.of("Muscle", "Side"),
                                        List.of(
                                                List.of("levator scapulae", "right"),
                                                List.of("trapezius", "left")))))));

        assertThat(DocumentRenderer.plainText().render(document)).isEqualTo("""
                        Title
                        =====

                        Section
                        -------
                        Label: value
                        Lead:
                          - one
                          - two
                        Sites:
                        Muscle            Side
                        ----------------  -----
                        levator scapulae  right
                        trapezius         left
                        """);
    }
}
