/**
 * Clinical rules: {@link org.tpidoc.validation.SessionValidator} judges a session and returns a
 * {@link org.tpidoc.validation.ValidationReport} of {@link org.tpidoc.validation.Finding}s with stable
 * codes (DESIGN §5), one class per rule group; {@link org.tpidoc.validation.ConsentPolicy} says which
 * risks must be disclosed.
 */
@NullMarked
package org.tpidoc.validation;

import org.jspecify.annotations.NullMarked;
