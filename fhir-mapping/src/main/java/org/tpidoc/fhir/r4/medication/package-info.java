/** Each preparation drawn up as a FHIR R4 {@code Medication} ({@link org.tpidoc.fhir.r4.medication.MedicationMapper}). */
@NullMarked
package org.tpidoc.fhir.r4.medication;

import org.jspecify.annotations.NullMarked;
