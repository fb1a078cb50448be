package org.tpidoc.note;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Drug;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Product;
import org.tpidoc.dosing.Dose;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.dosing.SiteDoses;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Needle;
import org.tpidoc.session.Preparation;

/**
 * The note's procedure description: position (when recorded), technique, needling, guidance, skin
 * preparation, needle, the preparations drawn up (a powder's dilution stated, e.g. {@code "100 units in
 * 2 mL (5 units per 0.1 mL)"}), the table of sites (muscle, side, detail, points, volume, the dose of
 * each active drug, twitch response, referred pain), the total volume, and aspiration before each
 * injection (when recorded). Diluents are left out of the per-site doses: the volume says it.
 *
 * <p>No preparation drawn up is "None" for dry needling and "Not recorded" for an injection.
 */
final class ProcedureDescription {

    /** The volume a powder's dilution is stated per, as clinicians draw it up: 0.1 mL. */
    private static final BigDecimal DILUTION_PROBE_ML = new BigDecimal("0.1");

    private final InjectionSession session;
    private final Catalog catalog;
    private final SessionDoses doses;
    private final NoteWords words;
    private final DoseCalculator calculator;

    ProcedureDescription(InjectionSession session, Catalog catalog, SessionDoses doses, NoteWords words) {
        this.session = session;
        this.catalog = catalog;
        this.doses = doses;
        this.words = words;
        this.calculator = new DoseCalculator(catalog);
    }

    List<NoteBlock> blocks() {
        List<NoteBlock> blocks = new ArrayList<>();
        if (session.position() != null) {
            blocks.add(words.field("position", words.words("position", session.position())));
        }
        blocks.add(words.field("technique", words.words("technique", session.technique())));
        blocks.add(words.field("needling", words.wordsOrNotRecorded("needling", session.needling())));
        blocks.add(words.field("guidance", words.wordsOrNotRecorded("guidance", session.guidance())));
        blocks.add(words.field(
                "skin-preparation", words.wordsOrNotRecorded("skin-preparation", session.skinPreparation())));
        Needle needle = session.needle();
        blocks.add(words.field(
                "needle",
                needle == null
                        ? words.notRecorded()
                        : words.text(
                                "needle", Integer.toString(needle.gauge()), ClinicalFormat.plain(needle.lengthMm()))));
        blocks.add(words.listOr(
                "preparations",
                session.preparations().stream().map(this::preparation).toList(),
                session.isInjection() ? words.notRecorded() : words.none()));
        if (doses.sites().isEmpty()) {
            blocks.add(words.field("sites", words.none()));
        } else {
            blocks.add(new NoteBlock.Table(
                    words.text("label.sites") + ":",
                    columns(),
                    doses.sites().stream().map(this::row).toList()));
        }
        BigDecimal totalVolume = session.sites().stream()
                .map(InjectionSite::volumeMl)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (totalVolume.signum() > 0) {
            blocks.add(words.field("total-volume", ClinicalFormat.volume(totalVolume)));
        }
        if (session.aspirationBeforeInjection() != null && !session.sites().isEmpty()) {
            // Aspiration is before each injection: with no site needled there was none to state.
            blocks.add(words.field("aspiration", words.text("aspiration." + session.aspirationBeforeInjection())));
        }
        return blocks;
    }

    private String preparation(Preparation preparation) {
        String components =
                preparation.components().stream().map(this::component).collect(Collectors.joining(", "));
        BigDecimal liquid = preparation.liquidVolumeMl();
        if (liquid.signum() <= 0) {
            return words.text("preparation.no-liquid", preparation.id(), components);
        }
        List<String> dilutions = dilutions(preparation, liquid);
        return dilutions.isEmpty()
                ? words.text("preparation", preparation.id(), components, ClinicalFormat.volume(liquid))
                : words.text("preparation.dilution", preparation.id(), components, String.join(", ", dilutions));
    }

    /**
     * The dilution of each drug drawn up as a powder: {@code "100 units in 2 mL (5 units per 0.1 mL)"}.
     * The amount in 0.1 mL is what the dose calculator gives a site injected with 0.1 mL of the
     * preparation, so the note states the same arithmetic as the site doses. None for a preparation whose
     * id an earlier one already has (sites resolve to that one).
     */
    private List<String> dilutions(Preparation preparation, BigDecimal liquid) {
        if (session.preparation(preparation.id()).orElse(null) != preparation) {
            return List.of();
        }
        // Keyed by slug, the drug's identity: a vendor catalogue may build two Drug values for one drug.
        Map<String, BigDecimal> powders = new LinkedHashMap<>();
        Map<String, Drug> drugs = new LinkedHashMap<>();
        for (Component component : preparation.components()) {
            Optional<Product> product = catalog.product(component.product());
            if (!component.isLiquid() && product.isPresent()) {
                Drug drug = product.get().drug();
                drugs.putIfAbsent(drug.slug(), drug);
                powders.merge(drug.slug(), Objects.requireNonNull(component.amount()), BigDecimal::add);
            }
        }
        if (powders.isEmpty()) {
            return List.of();
        }
        InjectionSite probe =
                InjectionSite.injected("dilution-probe", Laterality.LEFT, 1, preparation.id(), DILUTION_PROBE_ML);
        List<Dose> perTenth = calculator.siteDoses(session, probe);
        List<String> lines = new ArrayList<>();
        powders.forEach((slug, amount) -> {
            Drug drug = drugs.get(slug);
            BigDecimal inTenth = perTenth.stream()
                    .filter(d -> d.drug().slug().equals(slug))
                    .map(Dose::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            lines.add(words.text(
                    "dilution",
                    Dose.format(amount, drug.doseUnit()),
                    ClinicalFormat.volume(liquid),
                    Dose.format(inTenth, drug.doseUnit())));
        });
        return lines;
    }

    private String component(Component component) {
        var product = catalog.product(component.product());
        String name = product.map(Product::name).orElse(component.product());
        String quantity = component.isLiquid()
                ? ClinicalFormat.volume(Objects.requireNonNull(component.volumeMl()))
                : product.map(p -> Dose.format(
                                Objects.requireNonNull(component.amount()),
                                p.drug().doseUnit()))
                        .orElse(ClinicalFormat.plain(Objects.requireNonNull(component.amount())));
        return words.text("component", quantity, name);
    }

    private List<String> columns() {
        return List.of(
                words.text("column.muscle"),
                words.text("column.side"),
                words.text("column.detail"),
                words.text("column.points"),
                words.text("column.volume"),
                words.text("column.doses"),
                words.text("column.twitch"),
                words.text("column.referred-pain"));
    }

    private List<String> row(SiteDoses siteDoses) {
        InjectionSite site = siteDoses.site();
        String empty = words.text("empty-cell");
        String activeDoses = siteDoses.doses().stream()
                .filter(d -> d.drug().drugClass() != DrugClass.DILUENT)
                .map(d -> d.drug().name() + " " + d.formatted())
                .collect(Collectors.joining(", "));
        return List.of(
                catalog.muscle(site.muscle()).map(Muscle::name).orElse(site.muscle()),
                words.words("side", site.laterality()),
                site.detail() == null ? empty : site.detail(),
                Integer.toString(site.points()),
                site.volumeMl() == null ? empty : ClinicalFormat.volume(site.volumeMl()),
                activeDoses.isEmpty() ? empty : activeDoses,
                words.words("twitch", site.twitchResponse()),
                words.text("referred-pain." + site.referredPainReproduced()));
    }
}
