package org.tpidoc.fhir.kernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.Reference;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.MappingOptions;

/**
 * Everything the readers share while reading one session back from FHIR: the options and catalogue, the
 * input's resources, the {@code Procedure} being read and the resources that belong to it, the session's
 * findings, and which resources were used. Created per session and used by one thread.
 */
public final class ReadContext {

    private final ImportInput input;
    private final Located procedure;
    private final boolean ownExport;
    private final Findings findings = new Findings();
    private final List<Located> used = new ArrayList<>();
    private final Set<Located> assumedReported = new HashSet<>();

    /**
     * A context for reading the session of {@code procedure}, one of {@code input}'s resources; {@code
     * ownExport} says whether our export wrote it (decided once, when the context is made).
     */
    public ReadContext(ImportInput input, Located procedure, boolean ownExport) {
        this.input = input;
        this.procedure = procedure;
        this.ownExport = ownExport;
        use(procedure);
    }

    /** The mapping options (canonical base of our extensions and code systems, identifier system). */
    public MappingOptions options() {
        return input.options();
    }

    /** The catalogue codes and names are recognised in. */
    public Catalog catalog() {
        return input.catalog();
    }

    /** The input's resources. */
    public ResourceIndex index() {
        return input.index();
    }

    /** The {@code Procedure} this session is read from. */
    public Located procedure() {
        return procedure;
    }

    /** Whether our export wrote the {@code Procedure} (else it is another system's, read on a best effort). */
    public boolean ownExport() {
        return ownExport;
    }

    /** This session's findings. */
    public Findings findings() {
        return findings;
    }

    /** The resources of {@code type} that belong to this session, in input order. */
    public List<Located> members(String type) {
        List<Located> members = input.members().of(procedure, type);
        for (Located member : members) {
            if (input.members().assumed(member) && assumedReported.add(member)) {
                findings.add(
                        ImportCode.ASSUMED_MEMBER,
                        member.path(),
                        "the " + member.type() + " does not refer to a Procedure; it is taken as part of this one");
            }
        }
        return members;
    }

    /** Records that {@code located} was read into the session (it is then not reported as unmapped). */
    public void use(Located located) {
        input.use(located);
        used.add(located);
    }

    /** Whether any session has used {@code located}. */
    public boolean isUsed(Located located) {
        return input.isUsed(located.resource());
    }

    /** The resources read into this session, in the order they were used. */
    public List<Located> used() {
        return used;
    }

    /** The URL of our extension {@code name} under the configured base. */
    public String extension(String name) {
        return input.options().extension(name);
    }

    /** The URL of our code system {@code name} under the configured base. */
    public String codeSystem(String name) {
        return input.options().codeSystem(name);
    }

    /**
     * Follows a reference that must lead to a resource of the input of one of {@code types}: the resource,
     * or empty with a finding (dangling, wrong type, or outside the input when {@code needed}).
     */
    public Optional<Located> follow(Located from, Reference reference, String path, Set<String> types, boolean needed) {
        Resolution resolution = input.index().resolve(from, reference);
        switch (resolution.kind()) {
            case INTERNAL -> {
                Located target = resolution.target();
                if (target != null && types.contains(target.type())) {
                    return Optional.of(target);
                }
                findings.add(
                        ImportCode.WRONG_REFERENCE_TYPE,
                        path,
                        "refers to a " + (target == null ? "resource" : target.type()) + " where "
                                + String.join(" or ", types.stream().sorted().toList()) + " is expected; not followed");
            }
            case DANGLING ->
                findings.add(ImportCode.DANGLING_REFERENCE, path, "refers to a resource the input does not contain");
            case EXTERNAL -> {
                if (needed) {
                    findings.add(
                            ImportCode.UNRESOLVED_REFERENCE,
                            path,
                            "refers to a resource outside the input; what it holds could not be read");
                }
            }
            case NONE -> {
                if (needed) {
                    findings.add(ImportCode.INVALID_REFERENCE, path, "has no literal reference to follow");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Builds a part of the session, turning a value the session's records refuse (their compact constructors
     * check ranges) into an {@link ImportCode#INVALID_VALUE} finding at {@code path}.
     */
    public <T> Optional<T> attempt(String path, Supplier<T> part) {
        try {
            return Optional.of(part.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            findings.add(ImportCode.INVALID_VALUE, path, "not carried over: " + e.getMessage());
            return Optional.empty();
        }
    }
}
