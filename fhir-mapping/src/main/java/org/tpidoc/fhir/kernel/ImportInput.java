package org.tpidoc.fhir.kernel;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.MappingOptions;

/**
 * What every session read from one input shares: the options and catalogue, the input's resources, which
 * of them belong to which {@code Procedure}, and which resources some session has used (the rest are
 * reported as unmapped). Created per input and used by one thread.
 */
public final class ImportInput {

    private final MappingOptions options;
    private final Catalog catalog;
    private final ResourceIndex index;
    private final Members members;
    private final Set<Resource> used = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The shared state of one input's import. */
    public ImportInput(MappingOptions options, Catalog catalog, ResourceIndex index, Members members) {
        this.options = Objects.requireNonNull(options, "options");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.index = Objects.requireNonNull(index, "index");
        this.members = Objects.requireNonNull(members, "members");
    }

    /** The mapping options our extensions and code systems are recognised by. */
    public MappingOptions options() {
        return options;
    }

    /** The catalogue codes and names are recognised in. */
    public Catalog catalog() {
        return catalog;
    }

    /** The input's resources. */
    public ResourceIndex index() {
        return index;
    }

    /** Which resources belong to which {@code Procedure}. */
    public Members members() {
        return members;
    }

    /** Records that a session read {@code located}. */
    public void use(Located located) {
        used.add(located.resource());
    }

    /** Whether a session read {@code resource} (a resource of the input or one contained in it). */
    public boolean isUsed(Resource resource) {
        return used.contains(resource);
    }
}
