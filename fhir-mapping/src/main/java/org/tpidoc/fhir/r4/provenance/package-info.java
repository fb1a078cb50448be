/** Who recorded the export's resources, as a FHIR R4 {@code Provenance} ({@link org.tpidoc.fhir.r4.provenance.ProvenanceMapper}). */
@NullMarked
package org.tpidoc.fhir.r4.provenance;

import org.jspecify.annotations.NullMarked;
