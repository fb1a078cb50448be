/**
 * What each site received as a FHIR R4 {@code MedicationAdministration}, both directions (none for
 * dry needling), and the best-effort reading of another system's administrations as sites ({@link
 * org.tpidoc.fhir.resource.administration.ForeignSites}).
 */
@NullMarked
package org.tpidoc.fhir.resource.administration;

import org.jspecify.annotations.NullMarked;
