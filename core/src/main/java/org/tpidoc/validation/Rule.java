package org.tpidoc.validation;

import java.util.List;

/**
 * One group of clinical rules (DESIGN §5). Implementations are immutable and thread-safe, and never
 * throw on a structurally valid session, whatever its status or shape.
 */
interface Rule {

    /** Adds to {@code out}, in a stable order, what this group finds about {@code input}'s session. */
    void check(RuleInput input, List<Finding> out);
}
