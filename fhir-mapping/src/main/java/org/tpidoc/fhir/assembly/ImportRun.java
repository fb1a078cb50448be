package org.tpidoc.fhir.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Procedure;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.fhir.api.ImportedSession;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Findings;
import org.tpidoc.fhir.kernel.ImportInput;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.ResourceIndex;
import org.tpidoc.fhir.resource.procedure.ProcedureTranslator;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;

/**
 * One import over the resources of one input (a bundle's entries or an NDJSON directory's lines): one
 * session per {@code Procedure}, in input order; then every resource no session used is reported, and the
 * parse findings about a resource a session used move to that session. Used by one thread.
 */
public final class ImportRun {

    /** Resource types whose leftovers lose nothing a session holds (the session refers to them as given). */
    private static final Set<String> CONTEXT_TYPES = Set.of(
            "Patient",
            "Practitioner",
            "PractitionerRole",
            "Organization",
            "Location",
            "Encounter",
            "RelatedPerson",
            "Device",
            "OperationOutcome");

    private final ImportInput shared;
    private final ResourceIndex index;
    private final Findings input;

    private ImportRun(MappingOptions options, Catalog catalog, List<Located> resources, Findings input) {
        this.input = input;
        this.index = new ResourceIndex(resources, input);
        this.shared = new ImportInput(options, catalog, index, new Membership(index, options, input));
        index.duplicates().forEach(shared::use);
    }

    /**
     * Reads the sessions of {@code resources}.
     *
     * @param root the path of the input as a whole ({@code Bundle}, a directory name), for input findings
     * @param input the findings so far (parsing), to which the input's own are added
     */
    public static ImportResult run(
            MappingOptions options, Catalog catalog, List<Located> resources, Findings input, String root) {
        return new ImportRun(options, catalog, resources, input).execute(root);
    }

    private ImportResult execute(String root) {
        List<Located> procedures = index.ofType("Procedure");
        if (procedures.isEmpty()) {
            input.add(ImportCode.NO_PROCEDURE, root, "the input holds no Procedure, so no session");
            return new ImportResult(List.of(), input.list());
        }
        List<ReadContext> read = new ArrayList<>();
        List<InjectionSession> sessions = new ArrayList<>();
        for (Located procedure : procedures) {
            boolean own = ProcedureTranslator.ownExport(shared.options(), (Procedure) procedure.resource());
            ReadContext context = new ReadContext(shared, procedure, own);
            Optional<InjectionSession> session = SessionAssembler.assemble(context);
            if (session.isPresent()) {
                read.add(context);
                sessions.add(session.get());
            } else {
                context.findings().list().forEach(input::add);
                input.add(
                        ImportCode.PROCEDURE_NOT_IMPORTED,
                        procedure.path(),
                        "this Procedure and the resources that belong to it could not become a session");
            }
        }
        reportUnused();
        List<Finding> remaining = new ArrayList<>();
        List<Findings> routed = new ArrayList<>();
        read.forEach(c -> routed.add(new Findings()));
        for (Finding finding : input.list()) {
            int owner = owner(read, finding.path());
            if (owner < 0) {
                remaining.add(finding);
            } else {
                routed.get(owner).add(finding);
            }
        }
        List<ImportedSession> imported = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            imported.add(finish(read.get(i), routed.get(i), sessions.get(i)));
        }
        return new ImportResult(imported, remaining);
    }

    private static ImportedSession finish(ReadContext context, Findings parsed, InjectionSession session) {
        Findings all = new Findings();
        all.addAll(parsed);
        all.addAll(context.findings());
        boolean review = all.needsReview();
        if (review) {
            all.add(
                    ImportCode.NEEDS_REVIEW,
                    context.procedure().path(),
                    "not everything could be carried over as recorded: review the session before relying on it");
        }
        return new ImportedSession(session, context.procedure().path(), all.list(), review);
    }

    /** The index of the session that used the resource at (or above) {@code path}, or -1. */
    private static int owner(List<ReadContext> read, String path) {
        for (int i = 0; i < read.size(); i++) {
            for (Located located : read.get(i).used()) {
                if (path.equals(located.path())
                        || path.startsWith(located.path() + ".")
                        || path.startsWith(located.path() + "[")) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void reportUnused() {
        for (Located located : index.all()) {
            if (located.resource() instanceof DomainResource container) {
                for (int i = 0; i < container.getContained().size(); i++) {
                    if (!shared.isUsed(container.getContained().get(i))) {
                        input.add(
                                ImportCode.UNMAPPED_RESOURCE,
                                located.at("contained", i),
                                "a contained resource nothing the session read refers to; not carried over");
                    }
                }
            }
            if (shared.isUsed(located.resource())) {
                continue;
            }
            String message = "this " + located.type() + " belongs to no session, or a session has no place for it";
            if (CONTEXT_TYPES.contains(located.type())) {
                input.add(ImportCode.UNMAPPED_RESOURCE_NOTHING_LOST, located.path(), message);
            } else {
                input.add(ImportCode.UNMAPPED_RESOURCE, located.path(), message);
            }
        }
    }
}
