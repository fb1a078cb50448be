package org.tpidoc.fhir.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;

/**
 * The resources of one input, found by {@code fullUrl} and by {@code Type/id}, and the resolution of
 * references between them: {@code urn:uuid:} and {@code urn:oid:} by {@code fullUrl}, {@code #id} among
 * the referring resource's contained resources, literal references by {@code fullUrl} or by their last
 * {@code Type/id} (a version suffix dropped). Built once per input; read-only afterwards.
 */
public final class ResourceIndex {

    /** A resource type as FHIR names them; anything else after the last slashes is not a reference to one. */
    private static final Pattern RESOURCE_TYPE = Pattern.compile("[A-Z][A-Za-z]{1,63}");
    /** A logical id as FHIR R4 allows it. */
    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private final List<Located> all;
    private final Map<String, Located> byFullUrl = new HashMap<>();
    private final Map<String, Located> byTypeAndId = new HashMap<>();
    private final Map<String, List<Located>> byType = new LinkedHashMap<>();
    private final List<Located> duplicates = new ArrayList<>();

    /** Indexes {@code resources} (in input order), reporting duplicate identities to {@code findings}. */
    public ResourceIndex(List<Located> resources, Findings findings) {
        this.all = List.copyOf(resources);
        for (Located located : all) {
            String fullUrl = located.fullUrl();
            String id = located.id();
            if (fullUrl != null && byFullUrl.containsKey(fullUrl)) {
                duplicate(findings, located, "fullUrl");
            } else if (id != null && byTypeAndId.containsKey(located.type() + "/" + id)) {
                duplicate(findings, located, located.type() + " id");
            } else {
                if (fullUrl != null) {
                    byFullUrl.put(fullUrl, located);
                }
                if (id != null) {
                    byTypeAndId.put(located.type() + "/" + id, located);
                }
                byType.computeIfAbsent(located.type(), t -> new ArrayList<>()).add(located);
            }
        }
    }

    /** The resources left out because an earlier one has the same identity (already reported). */
    public List<Located> duplicates() {
        return List.copyOf(duplicates);
    }

    /** Every resource, in input order. */
    public List<Located> all() {
        return all;
    }

    /** The resources of one type, in input order. */
    public List<Located> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The resource of {@code type} with logical id {@code id}, if the input has one. */
    public Optional<Located> byId(String type, String id) {
        return Optional.ofNullable(byTypeAndId.get(type + "/" + id));
    }

    /** Where {@code reference}, found in {@code from}, leads. */
    public Resolution resolve(Located from, Reference reference) {
        if (!reference.hasReference()) {
            return Resolution.NONE;
        }
        String literal = reference.getReference();
        if (literal.startsWith("#")) {
            return contained(from, literal.substring(1));
        }
        Located byUrl = byFullUrl.get(literal);
        if (byUrl != null) {
            return Resolution.internal(byUrl);
        }
        if (literal.startsWith("urn:")) {
            return Resolution.DANGLING;
        }
        String typeAndId = typeAndId(literal);
        Located byId = typeAndId == null ? null : byTypeAndId.get(typeAndId);
        return byId != null ? Resolution.internal(byId) : Resolution.EXTERNAL;
    }

    /**
     * The {@code Type/id} at the end of a literal reference (relative, absolute or versioned, as HAPI's {@link
     * IdType} reads it), or {@code null} when it has none.
     */
    public static @Nullable String typeAndId(String literal) {
        IdType id = new IdType(literal);
        String type = id.getResourceType();
        String idPart = id.getIdPart();
        return type != null
                        && idPart != null
                        && RESOURCE_TYPE.matcher(type).matches()
                        && LOGICAL_ID.matcher(idPart).matches()
                ? type + "/" + idPart
                : null;
    }

    /** The resource type named by a literal reference ({@code "Patient"} for {@code Patient/1}), or {@code null}. */
    public static @Nullable String typeOf(String literal) {
        String typeAndId = typeAndId(literal);
        return typeAndId == null ? null : typeAndId.substring(0, typeAndId.indexOf('/'));
    }

    private static Resolution contained(Located from, String id) {
        if (!(from.resource() instanceof DomainResource container) || id.isEmpty()) {
            return Resolution.DANGLING;
        }
        List<Resource> contained = container.getContained();
        for (int i = 0; i < contained.size(); i++) {
            Located candidate = new Located(contained.get(i), from.at("contained", i), from.position(), null);
            if (id.equals(candidate.id())) {
                return Resolution.internal(candidate);
            }
        }
        return Resolution.DANGLING;
    }

    private void duplicate(Findings findings, Located located, String what) {
        duplicates.add(located);
        findings.add(
                ImportCode.DUPLICATE_RESOURCE,
                located.path(),
                "another " + located.type() + " of the input has the same " + what + "; this one is not used");
    }
}
