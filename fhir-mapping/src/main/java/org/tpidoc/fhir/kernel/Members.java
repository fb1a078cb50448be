package org.tpidoc.fhir.kernel;

import java.util.List;

/**
 * Which resources of an input belong to which {@code Procedure}: decided once per input by the import's
 * assembly, asked by the readers of each session.
 */
public interface Members {

    /** The resources of {@code type} that belong to {@code procedure}, in input order. */
    List<Located> of(Located procedure, String type);

    /** Whether {@code member} has no link to a {@code Procedure} and was taken as the only one's. */
    boolean assumed(Located member);
}
