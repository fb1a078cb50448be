package org.tpidoc.note;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Product;
import org.tpidoc.dosing.Dose;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.dosing.SiteDoses;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Needle;
import org.tpidoc.session.Preparation;

/**
 * The note's procedure description: technique, needling, guidance, skin preparation, needle, the
 * preparations drawn up and the table of sites (muscle, side, detail, points, volume, the dose of each
 * active drug, twitch response, referred pain). Diluents are left out of the per-site doses: the
 * volume says it.
 */
final class ProcedureDescription {

    private final InjectionSession session;
    private final Catalog catalog;
    private final SessionDoses doses;
    private final NoteWords words;

    ProcedureDescription(InjectionSession session, Catalog catalog, SessionDoses doses, NoteWords words) {
        this.session = session;
        this.catalog = catalog;
        this.doses = doses;
        this.words = words;
    }

    List<NoteBlock> blocks() {
        List<NoteBlock> blocks = new ArrayList<>();
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
        blocks.add(words.listOrNone(
                "preparations",
                session.preparations().stream().map(this::preparation).toList()));
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
        return blocks;
    }

    private String preparation(Preparation preparation) {
        String components =
                preparation.components().stream().map(this::component).collect(Collectors.joining(", "));
        BigDecimal liquid = preparation.liquidVolumeMl();
        return liquid.signum() > 0
                ? words.text("preparation", preparation.id(), components, ClinicalFormat.volume(liquid))
                : words.text("preparation.no-liquid", preparation.id(), components);
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
