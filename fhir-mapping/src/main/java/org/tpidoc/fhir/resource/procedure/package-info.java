/**
 * The session as a FHIR R4 {@code Procedure}: {@link
 * org.tpidoc.fhir.resource.procedure.ProcedureMapper} and the readers that invert it, with what R4 has no
 * element for in our extensions (patient factors, how the procedure was carried out and signed, the
 * injection sites).
 */
@NullMarked
package org.tpidoc.fhir.resource.procedure;

import org.jspecify.annotations.NullMarked;
