/**
 * What each site received as a FHIR R4 {@code MedicationAdministration} ({@link
 * org.tpidoc.fhir.r4.administration.AdministrationMapper}); none for dry needling.
 */
@NullMarked
package org.tpidoc.fhir.r4.administration;

import org.jspecify.annotations.NullMarked;
