package org.tpidoc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in catalogue read from its resource file holds exactly what the code that built it before
 * held: every entry of {@code built-in-catalog.snapshot.json}, generated once from that code, field by
 * field (decimals with their scale, codes with their displays, {@code null} where there was none) and
 * in the same order. The snapshot is the domain records as Jackson writes them, not the file form, so
 * a mistake in the file or in reading it shows here.
 */
class BuiltInCatalogSnapshotTest {

    private static final ObjectMapper RECORDS = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, ToStringSerializer.instance))
            .build();

    private static final Catalog CATALOG = Catalog.builtIn();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"muscles", "products", "risks", "complications", "findings", "priorTherapies"})
    void everyEntryIsAsTheCatalogueHeldBefore(String section) throws IOException {
        List<JsonNode> before = new ArrayList<>();
        snapshot().get(section).forEach(before::add);

        assertThat(entries(section)).as(section).containsExactlyElementsOf(before);
    }

    @Test
    void snapshotCoversEveryEntry() throws IOException {
        Map<String, Integer> sizes = Map.of(
                "muscles", 34, "products", 13, "risks", 21, "complications", 11, "findings", 4, "priorTherapies", 7);
        JsonNode snapshot = snapshot();
        sizes.forEach(
                (section, size) -> assertThat(snapshot.get(section)).as(section).hasSize(size));
        assertThat(snapshot.size()).isEqualTo(sizes.size());
    }

    private static List<JsonNode> entries(String section) {
        Collection<?> entries =
                switch (section) {
                    case "muscles" -> CATALOG.muscles();
                    case "products" -> CATALOG.products();
                    case "risks" -> CATALOG.risks();
                    case "complications" -> CATALOG.complications();
                    case "findings" -> CATALOG.findings();
                    case "priorTherapies" -> CATALOG.priorTherapies();
                    default -> throw new IllegalArgumentException(section);
                };
        return entries.stream().map(e -> (JsonNode) RECORDS.valueToTree(e)).toList();
    }

    private static JsonNode snapshot() throws IOException {
        try (InputStream in = BuiltInCatalogSnapshotTest.class.getResourceAsStream("built-in-catalog.snapshot.json")) {
            assertThat(in).as("snapshot resource").isNotNull();
            return RECORDS.readTree(in);
        }
    }
}
