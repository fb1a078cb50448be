package org.tpidoc.fhir.resource.procedure;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.datatype.Quantities;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.TwitchResponse;

/**
 * One {@link InjectionSite} as our {@code injection-site} extension, both directions, exactly as recorded:
 * muscle (our {@code muscle} code system), side, detail, points, twitch response, referred pain,
 * preparation, volume (mL) and the {@code BodyStructure} of its muscle and side (which restates muscle and
 * side, so reading takes it as used).
 */
final class InjectionSiteExtension {

    private static final Set<String> PARTS = Set.of(
            "muscle",
            "laterality",
            "detail",
            "points",
            "twitchResponse",
            "referredPainReproduced",
            "preparation",
            "volume",
            "bodyStructure");

    /** Our extension's part refers to the body structure of the site. */
    private static final Set<String> BODY_STRUCTURE = Set.of("BodyStructure");

    private InjectionSiteExtension() {}

    /** Whether the session's {@code Procedure} records its sites in this extension (our export always does). */
    static boolean recorded(ReadContext context) {
        Procedure procedure = (Procedure) context.procedure().resource();
        return context.ownExport() || procedure.getExtensionByUrl(context.extension(Extensions.INJECTION_SITE)) != null;
    }

    /** One site as recorded: muscle, side, detail, points, responses, injectate and its body structure. */
    static Extension toFhir(MappingContext context, InjectionSite site) {
        Extension extension = new Extension(context.extension(Extensions.INJECTION_SITE));
        Extensions.part(
                extension,
                "muscle",
                context.ownCoding(OwnCodes.MUSCLE, site.muscle(), context.muscleName(site.muscle())));
        Extensions.part(extension, "laterality", new CodeType(site.laterality().code()));
        if (site.detail() != null) {
            Extensions.part(extension, "detail", new StringType(site.detail()));
        }
        Extensions.part(extension, "points", new PositiveIntType(site.points()));
        Extensions.part(
                extension, "twitchResponse", context.ownCoding(OwnCodes.TWITCH_RESPONSE, site.twitchResponse()));
        Extensions.part(extension, "referredPainReproduced", new BooleanType(site.referredPainReproduced()));
        if (site.preparation() != null) {
            Extensions.part(extension, "preparation", new StringType(site.preparation()));
        }
        if (site.volumeMl() != null) {
            Extensions.part(extension, "volume", Quantities.millilitres(site.volumeMl()));
        }
        MuscleSide side = new MuscleSide(site.muscle(), site.laterality());
        return Extensions.part(extension, "bodyStructure", context.reference(Roles.bodyStructure(side)));
    }

    /** The site an {@code injection-site} extension records; empty (reported) when muscle, side or points lack. */
    static Optional<InjectionSite> fromFhir(ReadContext context, Extension site, String path) {
        for (Extension part : site.getExtension()) {
            if (!PARTS.contains(part.getUrl())) {
                context.findings()
                        .add(ImportCode.UNMAPPED_ELEMENT, path, "unknown part" + CodeReader.quoted(part.getUrl()));
            }
        }
        Optional<String> muscle = ExtensionReader.value(site, "muscle", Coding.class)
                .flatMap(coding -> CodeReader.own(context, OwnCodes.MUSCLE, coding));
        Optional<Laterality> side = ExtensionReader.value(site, "laterality", CodeType.class)
                .flatMap(code -> CodeReader.coded(context, Laterality.class, code.getValue(), path));
        Optional<Integer> points =
                ExtensionReader.value(site, "points", IntegerType.class).map(IntegerType::getValue);
        if (muscle.isEmpty() || side.isEmpty() || points.isEmpty()) {
            context.findings()
                    .add(
                            ImportCode.INVALID_VALUE,
                            path,
                            "a site needs a muscle in our muscle code system, a side and points; not imported");
            return Optional.empty();
        }
        TwitchResponse twitch = ExtensionReader.value(site, "twitchResponse", Coding.class)
                .flatMap(coding -> CodeReader.own(context, OwnCodes.TWITCH_RESPONSE, coding))
                .flatMap(code -> CodeReader.coded(context, TwitchResponse.class, code, path))
                .orElse(TwitchResponse.NOT_ASSESSED);
        boolean referredPain = ExtensionReader.value(site, "referredPainReproduced", BooleanType.class)
                .map(BooleanType::booleanValue)
                .orElse(false);
        String detail = ExtensionReader.value(site, "detail", StringType.class)
                .map(StringType::getValue)
                .orElse(null);
        String preparation = ExtensionReader.value(site, "preparation", StringType.class)
                .map(StringType::getValue)
                .orElse(null);
        BigDecimal volume = ExtensionReader.value(site, "volume", Quantity.class)
                .map(quantity -> millilitres(context, quantity, path))
                .orElse(null);
        ExtensionReader.value(site, "bodyStructure", Reference.class)
                .flatMap(ref -> context.follow(context.procedure(), ref, path, BODY_STRUCTURE, false))
                .ifPresent(context::use);
        return context.attempt(
                path,
                () -> new InjectionSite(
                        muscle.get(), side.get(), detail, points.get(), twitch, referredPain, preparation, volume));
    }

    private static @Nullable BigDecimal millilitres(ReadContext context, Quantity quantity, String path) {
        Optional<BigDecimal> value = Quantities.value(quantity, Quantities.Unit.MILLILITRE);
        if (value.isEmpty()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "the site's volume is not in mL; not kept");
        }
        return value.orElse(null);
    }
}
