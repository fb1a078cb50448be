/**
 * The session as a FHIR R4 {@code Procedure}, both directions: {@link
 * org.tpidoc.fhir.resource.procedure.ProcedureTranslator} composed of small pairs (the header, the
 * technique code, the clinical content, and our extensions for what R4 has no element for: set-up, injection
 * sites, outcome, patient factors, how the procedure was carried out and signed). {@code ForeignProcedure}
 * reads another system's {@code Procedure} on a best effort; {@link
 * org.tpidoc.fhir.resource.procedure.SiteLocator} locates a site from a body site element or a {@code
 * BodyStructure}.
 */
@NullMarked
package org.tpidoc.fhir.resource.procedure;

import org.jspecify.annotations.NullMarked;
