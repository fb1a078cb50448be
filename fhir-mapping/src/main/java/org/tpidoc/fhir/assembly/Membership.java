package org.tpidoc.fhir.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Findings;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.Members;
import org.tpidoc.fhir.kernel.Resolution;
import org.tpidoc.fhir.kernel.ResourceIds;
import org.tpidoc.fhir.kernel.ResourceIndex;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.fhir.resource.procedure.ProcedureTranslator;

/**
 * Which resources of the input belong to which {@code Procedure}: administrations and observations by
 * {@code partOf}, a consent by its provision's data, a medication by the administrations that give it (or,
 * unreferenced, by the id our export gives it), a body structure by the references to it. A resource with
 * no link belongs to the only {@code Procedure} there is, or to the only one about the same subject; it is
 * then "assumed" and the session says so. Computed once per input.
 */
final class Membership implements Members {

    /** The resource types that can belong to a session. */
    static final Set<String> MEMBER_TYPES =
            Set.of("MedicationAdministration", "Observation", "Consent", "Medication", "BodyStructure");

    private final ResourceIndex index;
    private final List<Located> procedures;
    private final Map<Resource, Located> owners = new IdentityHashMap<>();
    private final Map<Resource, Boolean> assumed = new IdentityHashMap<>();
    /** The members of each Procedure by type, in input order. */
    private final Map<Resource, Map<String, List<Located>>> members = new IdentityHashMap<>();

    private final Findings findings;

    /** The types {@code MedicationAdministration.partOf} may refer to. */
    private static final Set<String> ADMINISTRATION_PART_OF = Set.of("Procedure", "MedicationAdministration");
    /** The types {@code Observation.partOf} may refer to. */
    private static final Set<String> OBSERVATION_PART_OF = Set.of(
            "Procedure",
            "MedicationAdministration",
            "MedicationDispense",
            "MedicationStatement",
            "Immunization",
            "ImagingStudy");

    Membership(ResourceIndex index, MappingOptions options, Findings findings) {
        this.index = index;
        this.procedures = index.ofType("Procedure");
        this.findings = findings;
        for (Located administration : index.ofType("MedicationAdministration")) {
            List<Reference> partOf = ((MedicationAdministration) administration.resource()).getPartOf();
            for (int i = 0; i < partOf.size(); i++) {
                own(
                        administration,
                        link(administration, partOf.get(i), administration.at("partOf", i), ADMINISTRATION_PART_OF));
            }
        }
        for (Located observation : index.ofType("Observation")) {
            List<Reference> partOf = ((Observation) observation.resource()).getPartOf();
            for (int i = 0; i < partOf.size(); i++) {
                own(observation, link(observation, partOf.get(i), observation.at("partOf", i), OBSERVATION_PART_OF));
            }
        }
        for (Located consent : index.ofType("Consent")) {
            Consent given = (Consent) consent.resource();
            for (int i = 0;
                    given.hasProvision() && i < given.getProvision().getData().size();
                    i++) {
                Reference data = given.getProvision().getData().get(i).getReference();
                own(consent, link(consent, data, consent.at("provision") + ".data[" + i + "].reference", null));
            }
        }
        linkStructures(options);
        linkMedications(options);
        for (String type : MEMBER_TYPES) {
            index.ofType(type).stream()
                    .filter(r -> !owners.containsKey(r.resource()))
                    .forEach(this::assume);
        }
        for (String type : MEMBER_TYPES) {
            for (Located member : index.ofType(type)) {
                Located owner = owners.get(member.resource());
                if (owner != null) {
                    members.computeIfAbsent(owner.resource(), p -> new HashMap<>())
                            .computeIfAbsent(type, t -> new ArrayList<>())
                            .add(member);
                }
            }
        }
    }

    /** The members of {@code type} of {@code procedure}, in input order. */
    @Override
    public List<Located> of(Located procedure, String type) {
        return List.copyOf(members.getOrDefault(procedure.resource(), Map.of()).getOrDefault(type, List.of()));
    }

    /** Whether {@code member} was assigned for want of a link. */
    @Override
    public boolean assumed(Located member) {
        return assumed.containsKey(member.resource());
    }

    private void linkStructures(MappingOptions options) {
        for (Located procedure : procedures) {
            Procedure given = (Procedure) procedure.resource();
            for (Extension target : given.getExtensionsByUrl(Extensions.TARGET_BODY_STRUCTURE)) {
                if (target.getValue() instanceof Reference ref) {
                    structure(procedure, ref, procedure);
                }
            }
            for (CodeableConcept site : given.getBodySite()) {
                site.getExtensionsByUrl(Extensions.BODY_SITE).forEach(e -> {
                    if (e.getValue() instanceof Reference ref) {
                        structure(procedure, ref, procedure);
                    }
                });
            }
            for (Extension site : given.getExtensionsByUrl(options.extension(Extensions.INJECTION_SITE))) {
                Extension structure = site.getExtensionByUrl("bodyStructure");
                if (structure != null && structure.getValue() instanceof Reference ref) {
                    structure(procedure, ref, procedure);
                }
            }
        }
        for (Located administration : index.ofType("MedicationAdministration")) {
            Located owner = owners.get(administration.resource());
            MedicationAdministration given = (MedicationAdministration) administration.resource();
            if (owner != null && given.hasDosage() && given.getDosage().hasSite()) {
                given.getDosage()
                        .getSite()
                        .getExtensionsByUrl(Extensions.BODY_SITE)
                        .forEach(e -> {
                            if (e.getValue() instanceof Reference ref) {
                                structure(administration, ref, owner);
                            }
                        });
            }
        }
    }

    private void linkMedications(MappingOptions options) {
        for (Located administration : index.ofType("MedicationAdministration")) {
            Located owner = owners.get(administration.resource());
            MedicationAdministration given = (MedicationAdministration) administration.resource();
            if (owner != null && given.hasMedicationReference()) {
                target(administration, given.getMedicationReference(), "Medication")
                        .ifPresent(medication -> own(medication, owner));
            }
        }
        for (Located medication : index.ofType("Medication")) {
            if (owners.containsKey(medication.resource())) {
                continue;
            }
            Extension id = medication.resource() instanceof org.hl7.fhir.r4.model.Medication m
                    ? m.getExtensionByUrl(options.extension(Extensions.PREPARATION_ID))
                    : null;
            if (id != null && id.getValue() instanceof StringType preparation) {
                for (Located procedure : procedures) {
                    ProcedureTranslator.ownSessionId(options, (Procedure) procedure.resource())
                            .filter(session -> ResourceIds.of(session, Roles.medication(preparation.getValue()))
                                    .toString()
                                    .equals(medication.id()))
                            .ifPresent(session -> own(medication, procedure));
                }
            }
        }
    }

    private void structure(Located from, Reference ref, Located owner) {
        target(from, ref, "BodyStructure").ifPresent(structure -> own(structure, owner));
    }

    private void assume(Located member) {
        Located only = procedures.size() == 1 ? procedures.get(0) : sameSubject(member);
        if (only != null) {
            owners.put(member.resource(), only);
            assumed.put(member.resource(), Boolean.TRUE);
        }
    }

    private @Nullable Located sameSubject(Located member) {
        String subject = subject(member.resource());
        if (subject == null) {
            return null;
        }
        List<Located> same = new ArrayList<>();
        for (Located procedure : procedures) {
            if (subject.equals(subject(procedure.resource()))) {
                same.add(procedure);
            }
        }
        return same.size() == 1 ? same.get(0) : null;
    }

    private static @Nullable String subject(Resource resource) {
        Reference subject = null;
        if (resource instanceof Procedure p && p.hasSubject()) {
            subject = p.getSubject();
        } else if (resource instanceof MedicationAdministration m && m.hasSubject()) {
            subject = m.getSubject();
        } else if (resource instanceof Observation o && o.hasSubject()) {
            subject = o.getSubject();
        } else if (resource instanceof Consent c && c.hasPatient()) {
            subject = c.getPatient();
        }
        if (subject == null) {
            return null;
        }
        return subject.hasReference()
                ? subject.getReference()
                : subject.hasIdentifier()
                        ? subject.getIdentifier().getSystem() + "|"
                                + subject.getIdentifier().getValue()
                        : null;
    }

    /**
     * The Procedure a link ({@code partOf}, a consent's data) of {@code from} leads to, or null; a link that
     * dangles or leads to a type {@code allowed} (when given) lacks is reported at {@code path}.
     */
    private @Nullable Located link(Located from, Reference ref, String path, @Nullable Set<String> allowed) {
        Resolution resolution = index.resolve(from, ref);
        Located target = resolution.target();
        if (resolution.kind() == Resolution.Kind.DANGLING) {
            findings.add(ImportCode.DANGLING_REFERENCE, path, "refers to a resource the input does not contain");
        } else if (target != null && allowed != null && !allowed.contains(target.type())) {
            findings.add(
                    ImportCode.WRONG_REFERENCE_TYPE,
                    path,
                    "refers to a " + target.type() + ", which this element may not refer to; not followed");
            return null;
        }
        return target != null && target.type().equals("Procedure") ? target : null;
    }

    private Optional<Located> target(Located from, Reference ref, String type) {
        Resolution resolution = index.resolve(from, ref);
        return Optional.ofNullable(resolution.target()).filter(t -> t.type().equals(type));
    }

    private void own(Located member, @Nullable Located procedure) {
        if (procedure != null) {
            owners.putIfAbsent(member.resource(), Objects.requireNonNull(procedure));
        }
    }
}
