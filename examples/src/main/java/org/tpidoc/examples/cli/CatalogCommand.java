package org.tpidoc.examples.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Product;
import org.tpidoc.terminology.Concept;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tpidoc catalog [KIND] [--json]}: what a session may name. Without a kind, the kinds with their
 * counts; with one, each entry's slug (what a session writes), its words and its codes (SNOMED CT for
 * muscles, RxNorm and HCPCS for products; the other kinds are coded in our own code systems by their
 * slug). {@code --json} writes one object per entry and line.
 */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = {
            "Lists what a session may name: the slugs of the built-in catalogue with their words and codes.",
            "Without KIND, the kinds and how many entries each has."
        })
public final class CatalogCommand extends CliCommand {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}.")
    @Nullable
    Kind kind;

    @Option(names = "--json", description = "One JSON object per entry and line: kind, slug, words, codes.")
    boolean json;

    /** A catalog command; picocli makes one per run. */
    public CatalogCommand() {}

    /**
     * Lists the kinds, or the entries of one kind.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        Catalog catalog = Catalog.builtIn();
        if (kind == null) {
            for (Kind each : Kind.values()) {
                List<Entry> entries = each.entries(catalog);
                out().println(
                                json
                                        ? MAPPER.createObjectNode()
                                                .put("kind", each.toString())
                                                .put("entries", entries.size())
                                                .toString()
                                        : String.format(Locale.ROOT, "%-16s %3d", each, entries.size()));
            }
        } else {
            List<Entry> entries = kind.entries(catalog);
            int width = entries.stream().mapToInt(e -> e.slug().length()).max().orElse(0);
            for (Entry entry : entries) {
                out().println(json ? entry.json(kind) : entry.text(width));
            }
        }
        out().flush();
        return ExitCodes.OK;
    }

    /** The kinds of catalogue entries a session names, as the command line spells them. */
    enum Kind {
        MUSCLES,
        PRODUCTS,
        RISKS,
        COMPLICATIONS,
        FINDINGS,
        PRIOR_THERAPIES,
        ALLERGY_CLASSES;

        /** The entries of this kind, in catalogue order. */
        List<Entry> entries(Catalog catalog) {
            return switch (this) {
                case MUSCLES -> catalog.muscles().stream().map(Kind::muscle).toList();
                case PRODUCTS -> catalog.products().stream().map(Kind::product).toList();
                case RISKS ->
                    catalog.risks().stream()
                            .map(r -> new Entry(r.slug(), r.name(), List.of()))
                            .toList();
                case COMPLICATIONS ->
                    catalog.complications().stream()
                            .map(c -> new Entry(c.slug(), c.name(), List.of()))
                            .toList();
                case FINDINGS ->
                    catalog.findings().stream()
                            .map(f -> new Entry(f.slug(), f.name(), List.of()))
                            .toList();
                case PRIOR_THERAPIES ->
                    catalog.priorTherapies().stream()
                            .map(p -> new Entry(p.slug(), p.name(), List.of()))
                            .toList();
                case ALLERGY_CLASSES ->
                    Arrays.stream(AllergyClass.values())
                            .map(a -> new Entry(a.code(), a.words(), List.of()))
                            .toList();
            };
        }

        private static Entry muscle(Muscle muscle) {
            return new Entry(muscle.slug(), muscle.name(), muscle.code() == null ? List.of() : List.of(muscle.code()));
        }

        private static Entry product(Product product) {
            List<Concept> codes = Stream.concat(
                            product.codes().stream(), product.hcpcsCode().map(h -> h.code()).stream())
                    .toList();
            return new Entry(product.slug(), product.name(), codes);
        }

        /** As typed on the command line: {@code prior-therapies}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One entry: the slug a session writes, its words, and its codes outside our own code systems. */
    record Entry(String slug, String words, List<Concept> codes) {

        String text(int width) {
            String line = String.format(Locale.ROOT, "%-" + Math.max(width, 1) + "s  %s", slug, words);
            return codes.isEmpty()
                    ? line
                    : line + "  [" + codes.stream().map(Entry::coded).collect(Collectors.joining(", ")) + "]";
        }

        String json(Kind kind) {
            ObjectNode line = MAPPER.createObjectNode()
                    .put("kind", kind.toString())
                    .put("slug", slug)
                    .put("words", words);
            ArrayNode array = line.putArray("codes");
            for (Concept code : codes) {
                ObjectNode node = array.addObject().put("system", code.system()).put("code", code.code());
                if (code.display() != null) {
                    node.put("display", code.display());
                }
            }
            return line.toString();
        }

        private static String coded(Concept concept) {
            return concept.system() + "|" + concept.code();
        }
    }
}
