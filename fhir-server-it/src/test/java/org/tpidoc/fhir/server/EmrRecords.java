package org.tpidoc.fhir.server;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.fhir.api.Fhir;

/**
 * What an EMR already holds before our bundles arrive: the Patient, Practitioner, Encounter and Location our
 * sessions refer to but do not carry, as minimal resources with the referenced ids (a Patient named by
 * identifier only: a Patient with that identifier, its id the server's).
 */
final class EmrRecords {

    private final Map<String, Resource> byReference = new LinkedHashMap<>();
    private final Map<String, Identifier> patientsByIdentifier = new LinkedHashMap<>();

    private EmrRecords() {}

    /** The records the sessions' bundles refer to outside themselves. */
    static EmrRecords referencedBy(Collection<SessionUnderTest> sessions) {
        return referencedBy(sessions, reference -> true);
    }

    /** As {@link #referencedBy(Collection)}, keeping only the literal references {@code keep} accepts. */
    static EmrRecords referencedBy(Collection<SessionUnderTest> sessions, Predicate<String> keep) {
        EmrRecords records = new EmrRecords();
        for (SessionUnderTest session : sessions) {
            Set<String> inside = new LinkedHashSet<>(session.ids());
            for (Resource resource : session.resources()) {
                for (Reference reference :
                        Fhir.context().newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                    if (reference.hasReference()) {
                        String target = reference.getReference();
                        if (!target.startsWith("urn:") && !inside.contains(target) && keep.test(target)) {
                            records.byReference.computeIfAbsent(target, EmrRecords::minimal);
                        }
                    } else if (reference.hasIdentifier()) {
                        Identifier identifier = reference.getIdentifier();
                        records.patientsByIdentifier.putIfAbsent(token(identifier), identifier.copy());
                    }
                }
            }
        }
        return records;
    }

    /** The {@code Type/id} of every record referred to literally, in first-seen order. */
    List<String> literalReferences() {
        return List.copyOf(byReference.keySet());
    }

    /** Whether {@code reference} ({@code Type/id}) is one of the records referred to literally. */
    boolean holds(String reference) {
        return byReference.containsKey(reference);
    }

    /** How many records there are. */
    int size() {
        return byReference.size() + patientsByIdentifier.size();
    }

    /**
     * One transaction that stores them: {@code PUT Type/id} for the literal ones, a conditional create ({@code
     * If-None-Exist: identifier=system|value}) of a Patient for each identifier; storing it again changes
     * nothing.
     */
    Bundle transaction() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        byReference.forEach((reference, resource) -> bundle.addEntry()
                .setResource(resource)
                .getRequest()
                .setMethod(HTTPVerb.PUT)
                .setUrl(reference));
        patientsByIdentifier.forEach((token, identifier) -> bundle.addEntry()
                .setResource(new Patient().addIdentifier(identifier))
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("Patient")
                .setIfNoneExist("identifier=" + token));
        return bundle;
    }

    /** The least an EMR keeps of a record of the type {@code reference} names (R4's required elements). */
    private static Resource minimal(String reference) {
        String type = reference.substring(0, reference.indexOf('/'));
        Resource resource =
                switch (type) {
                    case "Patient" -> new Patient();
                    case "Practitioner" -> new Practitioner();
                    case "Location" -> new Location();
                    case "Encounter" ->
                        new Encounter()
                                .setStatus(Encounter.EncounterStatus.FINISHED)
                                .setClass_(new Coding(
                                        "http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
                    default -> throw new IllegalArgumentException("no EMR record of type " + type);
                };
        resource.setId(reference);
        return resource;
    }

    private static String token(Identifier identifier) {
        return identifier.getSystem() + "|" + identifier.getValue();
    }

    /** The records for logs: counts only. */
    @Override
    public String toString() {
        return "EmrRecords[" + byReference.size() + " by id, " + patientsByIdentifier.size()
                + " patients by identifier]";
    }
}
