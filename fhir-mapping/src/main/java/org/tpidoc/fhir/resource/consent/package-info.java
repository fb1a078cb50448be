/**
 * The informed consent as a FHIR R4 {@code Consent}, both directions.
 */
@NullMarked
package org.tpidoc.fhir.resource.consent;

import org.jspecify.annotations.NullMarked;
