package org.tpidoc.fhir.resource.administration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Product;
import org.tpidoc.catalog.ProductForm;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Resolution;
import org.tpidoc.fhir.resource.administration.ForeignAdministration.Given;
import org.tpidoc.fhir.resource.procedure.SiteLocator;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.TwitchResponse;

/**
 * Sites and preparations of a {@code Procedure} that does not record them in our extensions (another
 * system's): one site per body site of the Procedure ({@code bodySite}, {@code procedure-targetBodyStructure}),
 * each administration's injectate put on the site it names (a new site when the Procedure does not name
 * it), and one preparation per catalogue product given, whose volume is the total given. What a session
 * site needs and the data lacks is reported: points (1, the least there is, is recorded), unknown sites,
 * medications and doses.
 */
public final class ForeignSites {

    /** A site being assembled. */
    private static final class Slot {
        final SiteLocator.Site site;
        final String path;

        @Nullable
        String preparation;

        @Nullable
        BigDecimal volumeMl;

        Slot(SiteLocator.Site site, String path) {
            this.site = site;
            this.path = path;
        }
    }

    /** A preparation being assembled from the administrations of one product. */
    private static final class Drawn {
        final String id;
        final Product product;
        final @Nullable Medication batch;
        BigDecimal totalMl = BigDecimal.ZERO;

        Drawn(String id, Product product, @Nullable Medication batch) {
            this.id = id;
            this.product = product;
            this.batch = batch;
        }
    }

    private ForeignSites() {}

    /**
     * The sites and preparations of {@code context}'s Procedure, which records them in none of our
     * extensions, read from its body sites and its administrations into {@code session}; what a site lacks
     * is reported.
     */
    public static void read(ReadContext context, InjectionSession.Builder session) {
        Located at = context.procedure();
        Procedure procedure = (Procedure) at.resource();
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < procedure.getBodySite().size(); i++) {
            String path = at.at("bodySite", i);
            SiteLocator.locate(context, at, procedure.getBodySite().get(i), path)
                    .ifPresent(site -> slots.add(new Slot(site, path)));
        }
        List<Extension> extensions = procedure.getExtension();
        for (int i = 0; i < extensions.size(); i++) {
            if (Extensions.TARGET_BODY_STRUCTURE.equals(extensions.get(i).getUrl())
                    && extensions.get(i).getValue() instanceof Reference ref) {
                Resolution resolution = context.index().resolve(at, ref);
                if (resolution.target() == null || !context.isUsed(resolution.target())) {
                    String path = at.at("extension", i);
                    SiteLocator.locate(context, at, ref, path).ifPresent(site -> slots.add(new Slot(site, path)));
                }
            }
        }
        Map<String, Drawn> drawn = new LinkedHashMap<>();
        int procedureSites = slots.size();
        for (Located administration : context.members("MedicationAdministration")) {
            ForeignAdministration.read(context, administration)
                    .ifPresent(given -> give(context, given, slots, procedureSites, drawn));
        }
        List<Preparation> preparations = new ArrayList<>();
        for (Drawn preparation : drawn.values()) {
            context.findings()
                    .add(
                            ImportCode.PREPARATION_DERIVED,
                            at.path(),
                            "preparation " + preparation.id + " (" + preparation.product.slug()
                                    + ") assembled from the administrations; its volume is the total given");
            component(context, preparation)
                    .flatMap(c -> context.attempt(at.path(), () -> new Preparation(preparation.id, List.of(c))))
                    .ifPresent(preparations::add);
        }
        session.preparations(preparations);
        List<InjectionSite> sites = new ArrayList<>();
        for (Slot slot : slots) {
            context.findings()
                    .add(
                            ImportCode.POINTS_NOT_RECORDED,
                            slot.path,
                            "the number of trigger points is not recorded; 1 is recorded, review it");
            context.attempt(
                            slot.path,
                            () -> new InjectionSite(
                                    slot.site.side().muscle(),
                                    slot.site.side().laterality(),
                                    slot.site.detail(),
                                    1,
                                    TwitchResponse.NOT_ASSESSED,
                                    false,
                                    slot.preparation,
                                    slot.volumeMl))
                    .ifPresent(sites::add);
        }
        session.sites(sites);
    }

    private static void give(
            ReadContext context, Given given, List<Slot> slots, int procedureSites, Map<String, Drawn> drawn) {
        Slot slot = null;
        if (given.site() != null) {
            slot = slots.stream()
                    .filter(s -> s.site.side().equals(given.site().side()) && s.preparation == null)
                    .findFirst()
                    .orElse(null);
            if (slot == null) {
                slot = new Slot(given.site(), given.source().at("dosage") + ".site");
                slots.add(slot);
            }
        } else if (procedureSites == 1) {
            slot = slots.get(0);
            context.findings()
                    .add(
                            ImportCode.SITE_UNKNOWN_ONLY_SITE,
                            given.source().at("dosage"),
                            "no site recorded; taken as given at the procedure's only site");
        } else {
            context.findings()
                    .add(
                            ImportCode.SITE_UNKNOWN,
                            given.source().at("dosage"),
                            "no recognisable site for this administration; its injectate is not imported");
            return;
        }
        Product product = given.product();
        if (product == null || given.volumeMl() == null || given.medication() == null) {
            return;
        }
        if (product.form() != ProductForm.LIQUID) {
            context.findings()
                    .add(
                            ImportCode.DOSE_NOT_CONVERTIBLE,
                            given.source().path(),
                            "the amount of a powder drawn up (and its reconstitution) is not recorded; not imported");
            return;
        }
        Drawn preparation = drawn.computeIfAbsent(
                given.medication(), key -> new Drawn(letter(drawn.size()), product, given.batch()));
        preparation.totalMl = preparation.totalMl.add(given.volumeMl());
        slot.preparation = preparation.id;
        slot.volumeMl = given.volumeMl();
    }

    private static Optional<Component> component(ReadContext context, Drawn preparation) {
        String lot = null;
        LocalDate expiry = null;
        Medication batch = preparation.batch;
        if (batch != null && batch.hasBatch()) {
            lot = batch.getBatch().hasLotNumber() ? batch.getBatch().getLotNumber() : null;
            if (batch.getBatch().hasExpirationDateElement()) {
                expiry = Times.readDate(
                                context,
                                batch.getBatch().getExpirationDateElement(),
                                context.procedure().path())
                        .orElse(null);
            }
        }
        String lotNumber = lot;
        LocalDate expires = expiry;
        return context.attempt(
                context.procedure().path(),
                () -> new Component(preparation.product.slug(), preparation.totalMl, null, lotNumber, expires, null));
    }

    /** {@code A}, {@code B}, ... {@code Z}, {@code AA}, ... for the n-th preparation (from 0). */
    static String letter(int n) {
        return n < 26 ? String.valueOf((char) ('A' + n)) : letter(n / 26 - 1) + (char) ('A' + n % 26);
    }
}
