/**
 * The session as a FHIR R4 {@code Procedure} ({@link org.tpidoc.fhir.r4.procedure.ProcedureMapper}, with
 * what R4 has no element for in {@link org.tpidoc.fhir.r4.procedure.ProcedureExtensions}, among them the
 * patient factors and how the procedure was carried out and signed) and one {@code BodyStructure} per
 * distinct muscle and side ({@link org.tpidoc.fhir.r4.procedure.BodyStructureMapper}); and the readers that
 * turn them back into a session.
 */
@NullMarked
package org.tpidoc.fhir.r4.procedure;

import org.jspecify.annotations.NullMarked;
