package org.tpidoc.fhir.kernel;

import java.util.ArrayList;
import java.util.List;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.validation.Finding;

/** A growing list of {@link Finding}s: of the input, or of one session. Not thread-safe. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    /** Adds a finding of {@code code} at {@code path}, with the severity the code has. */
    public void add(ImportCode code, String path, String message) {
        list.add(code.at(path, message));
    }

    /** Adds a finding. */
    public void add(Finding finding) {
        list.add(finding);
    }

    /** Adds every finding of {@code other}. */
    public void addAll(Findings other) {
        list.addAll(other.list);
    }

    /** The findings so far, in order (a copy). */
    public List<Finding> list() {
        return List.copyOf(list);
    }

    /** Whether any finding so far is a warning or an error. */
    public boolean needsReview() {
        return list.stream().anyMatch(Finding::needsReview);
    }
}
