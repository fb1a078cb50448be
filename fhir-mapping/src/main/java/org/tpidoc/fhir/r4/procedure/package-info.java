/**
 * The session as a FHIR R4 {@code Procedure} ({@link org.tpidoc.fhir.r4.procedure.ProcedureMapper}, with
 * what R4 has no element for in {@link org.tpidoc.fhir.r4.procedure.ProcedureExtensions}) and one {@code
 * BodyStructure} per distinct muscle and side ({@link org.tpidoc.fhir.r4.procedure.BodyStructureMapper}).
 */
@NullMarked
package org.tpidoc.fhir.r4.procedure;

import org.jspecify.annotations.NullMarked;
