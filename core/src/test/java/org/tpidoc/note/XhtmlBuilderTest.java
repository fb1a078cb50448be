package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tpidoc.note.XhtmlBuilder.Tag;

class XhtmlBuilderTest {

    @Test
    void wrapsContentInAnXhtmlDivThatStatesItsLanguage() {
        String html = XhtmlBuilder.narrative(Locale.forLanguageTag("es"))
                .element(Tag.P, "hola")
                .build();

        assertThat(html)
                .isEqualTo("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es\" xml:lang=\"es\"><p>hola</p></div>");
    }

    @Test
    void statesNoLanguageForTheRootLocale() {
        assertThat(XhtmlBuilder.narrative(Locale.ROOT).text("x").build())
                .isEqualTo("<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>");
    }

    @Test
    void escapesMarkupAndDropsCharactersXmlCannotCarry() {
        String html = XhtmlBuilder.narrative(Locale.ENGLISH)
                .element(Tag.TD, "a < b & \"c\" > 'd' \u0000\u001F")
                .build();

        assertThat(html).contains("<td>a &lt; b &amp; \"c\" &gt; 'd' \uFFFD\uFFFD</td>");
        Narratives.assertSafeNarrative(html);
    }

    @Test
    void refusesToBuildWithAnElementOpen() {
        XhtmlBuilder html = XhtmlBuilder.narrative(Locale.ENGLISH).start(Tag.UL).start(Tag.LI);

        assertThatThrownBy(html::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<li>");
    }

    @Test
    void refusesToCloseTheRootOrMoreThanWasOpened() {
        XhtmlBuilder html = XhtmlBuilder.narrative(Locale.ENGLISH);

        assertThatThrownBy(html::end).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void buildsTheSameMarkupWhenAskedTwice() {
        XhtmlBuilder html = XhtmlBuilder.narrative(Locale.ENGLISH).lineBreak();

        assertThat(html.build()).isEqualTo(html.build()).endsWith("<br/></div>");
    }
}
