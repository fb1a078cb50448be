package org.tpidoc.fhir.resource.administration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationDosageComponent;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.dosing.MuscleSide;
import org.tpidoc.dosing.SiteDoses;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.BodySites;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Quantities;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SessionStatus;

/**
 * What each site received as a {@code MedicationAdministration}, both directions. Out: one per injected
 * site (a site receives one preparation): the preparation's {@code Medication}, part of the {@code
 * Procedure}, given intramuscularly at the site, the dose in mL, or in units when the preparation holds
 * botulinum toxin, and the dose of each drug in the note; none for a site without a preparation the
 * session records (dry needling). Back: ours restate the sites, which the {@code Procedure}'s extensions
 * record, so they are taken as read and only counted against the sites. Another system's administrations
 * are read as sites by {@link ForeignSites}.
 */
public final class AdministrationTranslator {

    private AdministrationTranslator() {}

    /** The administrations of the session's injected sites, in site order. */
    public static List<MedicationAdministration> toFhir(MappingContext context) {
        List<MedicationAdministration> administrations = new ArrayList<>();
        for (SiteDoses siteDoses : context.doses().sites()) {
            injected(context.session(), siteDoses.site())
                    .ifPresent(preparation -> administrations.add(toFhir(context, siteDoses, preparation)));
        }
        return administrations;
    }

    /**
     * Our administrations of {@code session}, read back from the sites our export wrote them from: taken as
     * read, and said so (at the Procedure) when their number differs from the sites' injections.
     */
    public static void fromFhir(ReadContext context, InjectionSession session) {
        List<Located> administrations = context.members("MedicationAdministration");
        administrations.forEach(context::use);
        long expected = session.sites().stream()
                .filter(site -> injected(session, site).isPresent())
                .count();
        if (administrations.size() != expected) {
            context.findings()
                    .add(
                            ImportCode.INCONSISTENT,
                            context.procedure().path(),
                            administrations.size() + " administrations belong to this Procedure, whose sites record "
                                    + expected + " injections; the sites were believed");
        }
    }

    /** The preparation given at {@code site}: one the session has, with the volume given; else none. */
    private static Optional<Preparation> injected(InjectionSession session, InjectionSite site) {
        return site.preparation() == null || site.volumeMl() == null
                ? Optional.empty()
                : session.preparation(site.preparation());
    }

    private static MedicationAdministration toFhir(
            MappingContext context, SiteDoses siteDoses, Preparation preparation) {
        InjectionSession session = context.session();
        InjectionSite site = siteDoses.site();
        String label = BodySites.label(context.muscleName(site.muscle()), site.laterality(), site.detail());
        String doses = doses(siteDoses);
        String given = site.volumeMl().toPlainString() + " mL of preparation " + preparation.id() + " into " + label;
        MedicationAdministration administration = new MedicationAdministration();
        administration.setId(context.id(Roles.administration(siteDoses.index())));
        context.conform(administration, Profiles.SITE_ADMINISTRATION);
        administration.setText(Narratives.labelled("Medication administration", fields(given, doses)));
        administration.addPartOf(context.procedure());
        administration.setStatus(status(session.status()));
        administration.setMedication(context.reference(Roles.medication(preparation.id())));
        administration.setSubject(context.patient());
        context.encounter().ifPresent(administration::setContext);
        administration.setEffective(Times.period(session.start(), session.end()));
        context.performer().ifPresent(actor -> administration.addPerformer().setActor(actor));
        if (!doses.isEmpty()) {
            administration.addNote().setText("Doses at this site: " + doses);
        }
        MedicationAdministrationDosageComponent dosage = administration.getDosage();
        dosage.setText(given + (doses.isEmpty() ? "" : " (" + doses + ")"));
        dosage.setSite(BodySites.site(context, new MuscleSide(site.muscle(), site.laterality()), site.detail()));
        dosage.setRoute(Concepts.codeable(FixedConcepts.INTRAMUSCULAR));
        dosage.setDose(dose(siteDoses));
        return administration;
    }

    /** {@code MedicationAdministration.status}: an aborted session's administrations were {@code stopped}. */
    static MedicationAdministrationStatus status(SessionStatus status) {
        return switch (status) {
            case IN_PROGRESS -> MedicationAdministrationStatus.INPROGRESS;
            case COMPLETED -> MedicationAdministrationStatus.COMPLETED;
            case ABORTED -> MedicationAdministrationStatus.STOPPED;
            case ENTERED_IN_ERROR -> MedicationAdministrationStatus.ENTEREDINERROR;
        };
    }

    /** The units of botulinum toxin given at the site, else the volume in mL. */
    private static Quantity dose(SiteDoses siteDoses) {
        return siteDoses.doses().stream()
                .filter(dose -> dose.drug().drugClass() == DrugClass.BOTULINUM_TOXIN)
                .findFirst()
                .map(Quantities::of)
                .orElseGet(() -> Quantities.millilitres(siteDoses.site().volumeMl()));
    }

    private static String doses(SiteDoses siteDoses) {
        return String.join(
                ", ",
                siteDoses.doses().stream()
                        .map(dose -> dose.drug().name() + " " + dose.formatted())
                        .toList());
    }

    private static LinkedHashMap<String, String> fields(String given, String doses) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("Given", given);
        fields.put("Doses", doses.isEmpty() ? "not computable" : doses);
        return fields;
    }
}
