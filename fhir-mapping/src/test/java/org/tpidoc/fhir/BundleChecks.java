package org.tpidoc.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.session.InjectionSession;

/** What every exported bundle must satisfy, as checks that return what they found wrong. */
public final class BundleChecks {

    private BundleChecks() {}

    /**
     * Every reference that does not resolve: an internal one ({@code urn:uuid:}) must name an entry's
     * {@code fullUrl}, any other must be one the session (or the options) gave. Empty when all is well.
     */
    public static List<String> danglingReferences(Bundle bundle, InjectionSession session, MappingOptions options) {
        Set<String> fullUrls = new HashSet<>();
        bundle.getEntry().forEach(entry -> fullUrls.add(entry.getFullUrl()));
        Set<String> external = new HashSet<>();
        Stream.of(
                        Optional.of(session.patient()),
                        Optional.ofNullable(session.encounter()),
                        Optional.ofNullable(session.performer()),
                        Optional.ofNullable(session.location()),
                        Optional.ofNullable(options.organization()),
                        Optional.ofNullable(session.consent()).map(c -> c.obtainedBy()))
                .flatMap(Optional::stream)
                .filter(r -> r.reference() != null)
                .forEach(r -> external.add(r.reference()));
        List<String> dangling = new ArrayList<>();
        for (BundleEntryComponent entry : bundle.getEntry()) {
            for (Reference reference : references(entry.getResource())) {
                if (!reference.hasReference()) {
                    continue;
                }
                String target = reference.getReference();
                boolean resolves =
                        target.startsWith("urn:uuid:") ? fullUrls.contains(target) : external.contains(target);
                if (!resolves) {
                    dangling.add(entry.getResource().fhirType() + " -> " + target);
                }
            }
        }
        return dangling;
    }

    /** The references that must point inside the bundle: partOf, medication, and every extension reference but the outside ones. */
    public static List<Reference> internalReferences(Bundle bundle, MappingOptions options) {
        List<Reference> internal = new ArrayList<>();
        for (BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource instanceof MedicationAdministration administration) {
                internal.addAll(administration.getPartOf());
                internal.add(administration.getMedicationReference());
            }
            if (resource instanceof Observation observation) {
                internal.addAll(observation.getPartOf());
            }
            if (resource instanceof Procedure procedure) {
                procedure
                        .getExtensionsByUrl(Extensions.TARGET_BODY_STRUCTURE)
                        .forEach(e -> internal.add((Reference) e.getValue()));
                procedure
                        .getExtensionsByUrl(options.extension(Extensions.INJECTION_SITE))
                        .forEach(e -> internal.add(
                                (Reference) e.getExtensionByUrl("bodyStructure").getValue()));
            }
            bodySites(resource)
                    .forEach(site -> internal.add((Reference)
                            site.getExtensionByUrl(Extensions.BODY_SITE).getValue()));
        }
        return internal;
    }

    /** Every body site that lacks its side: text "Left ..."/"Right ..." and a BodyStructure with the SNOMED CT side. */
    public static List<String> bodySitesWithoutLaterality(Bundle bundle) {
        Map<String, Resource> byFullUrl = new TreeMap<>();
        bundle.getEntry().forEach(entry -> byFullUrl.put(entry.getFullUrl(), entry.getResource()));
        List<String> missing = new ArrayList<>();
        for (BundleEntryComponent entry : bundle.getEntry()) {
            for (CodeableConcept site : bodySites(entry.getResource())) {
                String side = site.getText().startsWith("Left ")
                        ? "7771000"
                        : site.getText().startsWith("Right ") ? "24028007" : null;
                boolean stated = side != null
                        && site.hasExtension(Extensions.BODY_SITE)
                        && byFullUrl.get(((Reference) site.getExtensionByUrl(Extensions.BODY_SITE)
                                                .getValue())
                                        .getReference())
                                instanceof BodyStructure structure
                        && structure.hasLocationQualifier()
                        && side.equals(structure
                                .getLocationQualifierFirstRep()
                                .getCodingFirstRep()
                                .getCode());
                if (!stated) {
                    missing.add(entry.getResource().fhirType() + ": " + site.getText());
                }
            }
        }
        return missing;
    }

    /** Resources by type, plus {@code Observation.pain} for the LOINC 72514-3 observations. */
    public static Map<String, Integer> counts(Bundle bundle) {
        Map<String, Integer> counts = new TreeMap<>();
        for (BundleEntryComponent entry : bundle.getEntry()) {
            counts.merge(entry.getResource().fhirType(), 1, Integer::sum);
            if (entry.getResource() instanceof Observation observation
                    && observation.getCode().getCodingFirstRep().getCode().equals("72514-3")) {
                counts.merge("Observation.pain", 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The resources of one type in the bundle. */
    public static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** Writes {@code <build directory>/fhir-validation/<name>.txt}, a test report of validation warnings. */
    public static void report(String name, List<String> lines) {
        Path file = Path.of(System.getProperty("tpidoc.buildDirectory", "target"), "fhir-validation", name + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Reference> references(Resource resource) {
        return Fhir.context().newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class);
    }

    private static List<CodeableConcept> bodySites(Resource resource) {
        if (resource instanceof Procedure procedure) {
            return procedure.getBodySite();
        }
        if (resource instanceof MedicationAdministration administration
                && administration.getDosage().hasSite()) {
            return List.of(administration.getDosage().getSite());
        }
        if (resource instanceof Observation observation && observation.hasBodySite()) {
            return List.of(observation.getBodySite());
        }
        return List.of();
    }
}
