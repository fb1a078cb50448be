/**
 * Who recorded the export's resources, as a FHIR R4 {@code Provenance}, both directions.
 */
@NullMarked
package org.tpidoc.fhir.resource.provenance;

import org.jspecify.annotations.NullMarked;
