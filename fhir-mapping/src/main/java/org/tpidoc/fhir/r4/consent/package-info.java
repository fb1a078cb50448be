/** The informed consent as a FHIR R4 {@code Consent} ({@link org.tpidoc.fhir.r4.consent.ConsentMapper}). */
@NullMarked
package org.tpidoc.fhir.r4.consent;

import org.jspecify.annotations.NullMarked;
