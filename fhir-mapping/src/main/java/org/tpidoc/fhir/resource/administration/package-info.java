/**
 * What each site received as a FHIR R4 {@code MedicationAdministration}, both directions ({@link
 * org.tpidoc.fhir.resource.administration.AdministrationTranslator}; none for dry needling), and the
 * best-effort reading of another system's administrations as sites ({@link
 * org.tpidoc.fhir.resource.administration.ForeignSites}, one administration at a time by {@code
 * ForeignAdministration}).
 */
@NullMarked
package org.tpidoc.fhir.resource.administration;

import org.jspecify.annotations.NullMarked;
