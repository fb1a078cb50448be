package org.tpidoc.fhir.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.Reference;
import org.tpidoc.terminology.CodeSystems;

/**
 * How sessions are mapped to FHIR: the identifier system of {@code Procedure.identifier}, the canonical
 * base of our own code systems ({@code <base>/CodeSystem/<name>}) and extensions ({@code
 * <base>/StructureDefinition/<name>}), the organization (custodian) to name, and which optional resources
 * to emit. Immutable; {@code withX} methods return a changed copy.
 *
 * @param identifierSystem the system of the session's business identifier, never blank
 * @param canonicalBase the base URL of our code systems and extensions, without a trailing slash
 * @param organization the organization responsible for the records ({@code Consent.organization}, {@code
 *     Composition.custodian}), or {@code null} when none is configured
 * @param include the optional resources to emit
 */
public record MappingOptions(
        String identifierSystem,
        String canonicalBase,
        @Nullable Reference organization,
        Set<Include> include) {

    /** The default canonical base: {@code https://tpidoc.github.io/fhir}. */
    public static final String DEFAULT_CANONICAL_BASE = "https://tpidoc.github.io/fhir";

    /** The default identifier system of sessions: {@code urn:tpidoc:session}. */
    public static final String DEFAULT_IDENTIFIER_SYSTEM = "urn:tpidoc:session";

    /** The resources a caller may leave out. {@code Procedure}, {@code BodyStructure} and medications always go. */
    public enum Include {
        /** The {@code Consent}, when the session records consent. */
        CONSENT,
        /** The pain {@code Observation}s before and after (LOINC 72514-3). */
        PAIN_OBSERVATIONS,
        /** The per-site twitch response and referred pain {@code Observation}s. */
        SITE_OBSERVATIONS,
        /** The {@code Provenance} over every emitted resource. */
        PROVENANCE
    }

    /** Checks the parts, strips a trailing slash from the base and copies the include set. */
    public MappingOptions {
        Objects.requireNonNull(identifierSystem, "identifierSystem");
        Objects.requireNonNull(canonicalBase, "canonicalBase");
        checkArgument(!identifierSystem.isBlank(), "identifierSystem must not be blank");
        checkArgument(
                canonicalBase.startsWith("http://") || canonicalBase.startsWith("https://"),
                "canonicalBase must be an http(s) URL");
        canonicalBase =
                canonicalBase.endsWith("/") ? canonicalBase.substring(0, canonicalBase.length() - 1) : canonicalBase;
        include = Set.copyOf(include);
    }

    /** The defaults: {@link #DEFAULT_IDENTIFIER_SYSTEM}, {@link #DEFAULT_CANONICAL_BASE}, no organization, everything included. */
    public static MappingOptions defaults() {
        return new MappingOptions(
                DEFAULT_IDENTIFIER_SYSTEM, DEFAULT_CANONICAL_BASE, null, EnumSet.allOf(Include.class));
    }

    /** These options with another identifier system. */
    public MappingOptions withIdentifierSystem(String system) {
        return new MappingOptions(system, canonicalBase, organization, include);
    }

    /** These options with another canonical base. */
    public MappingOptions withCanonicalBase(String base) {
        return new MappingOptions(identifierSystem, base, organization, include);
    }

    /** These options naming an organization. */
    public MappingOptions withOrganization(Reference value) {
        return new MappingOptions(
                identifierSystem, canonicalBase, Objects.requireNonNull(value, "organization"), include);
    }

    /** These options without the optional resource {@code part}. */
    public MappingOptions without(Include part) {
        EnumSet<Include> fewer = include.isEmpty() ? EnumSet.noneOf(Include.class) : EnumSet.copyOf(include);
        fewer.remove(part);
        return new MappingOptions(identifierSystem, canonicalBase, organization, fewer);
    }

    /** Whether the optional resource {@code part} is emitted. */
    public boolean includes(Include part) {
        return include.contains(part);
    }

    /** The canonical URL of our code system {@code name}: {@code <base>/CodeSystem/<name>}. */
    public String codeSystem(String name) {
        return CodeSystems.own(canonicalBase + "/CodeSystem", name);
    }

    /** The canonical URL of our extension {@code name}: {@code <base>/StructureDefinition/<name>}. */
    public String extension(String name) {
        return canonicalBase + "/StructureDefinition/" + name;
    }

    /**
     * The canonical URL of our profile {@code name}: {@code <base>/StructureDefinition/<name>}, as every
     * exported resource declares it in {@code meta.profile}.
     */
    public String profile(String name) {
        return canonicalBase + "/StructureDefinition/" + name;
    }

    /** The canonical URL of our value set {@code name}: {@code <base>/ValueSet/<name>}. */
    public String valueSet(String name) {
        return canonicalBase + "/ValueSet/" + name;
    }
}
