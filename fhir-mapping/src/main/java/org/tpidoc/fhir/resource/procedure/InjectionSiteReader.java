package org.tpidoc.fhir.resource.procedure;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.datatype.QuantityReader;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.TwitchResponse;

/**
 * One {@code injection-site} extension back to an {@link InjectionSite}, exactly as recorded: muscle,
 * side, detail, points, twitch response, referred pain, preparation and volume. The {@code BodyStructure}
 * it names is taken as used (it restates muscle and side).
 */
public final class InjectionSiteReader {

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
    private static final Set<String> BODY_STRUCTURE = Set.of("BodyStructure");

    private InjectionSiteReader() {}

    /** Whether the session's {@code Procedure} records its sites in our extension (our export always does). */
    public static boolean recorded(ReadContext context) {
        Procedure procedure = (Procedure) context.procedure().resource();
        return ProcedureReader.isOwn(context, procedure)
                || procedure.getExtensionByUrl(context.extension(Extensions.INJECTION_SITE)) != null;
    }

    /** The site an {@code injection-site} extension records; empty (reported) when muscle, side or points lack. */
    public static Optional<InjectionSite> read(ReadContext context, Extension site, String path) {
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
        Optional<BigDecimal> value = QuantityReader.value(quantity, QuantityReader.Unit.MILLILITRE);
        if (value.isEmpty()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "the site's volume is not in mL; not kept");
        }
        return value.orElse(null);
    }
}
