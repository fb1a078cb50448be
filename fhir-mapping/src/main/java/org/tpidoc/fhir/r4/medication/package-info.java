/**
 * Each preparation drawn up as a FHIR R4 {@code Medication} ({@link org.tpidoc.fhir.r4.medication.MedicationMapper}
 * and its inverse {@link org.tpidoc.fhir.r4.medication.MedicationReader}): the ingredients' strengths in the
 * preparation as mixed, and each component as drawn up (stock product, concentration, volume or amount, batch,
 * container) in our {@code preparation-component} extension; another system's medication recognised as a
 * catalogue product ({@link org.tpidoc.fhir.r4.medication.ProductRecognizer}).
 */
@NullMarked
package org.tpidoc.fhir.r4.medication;

import org.jspecify.annotations.NullMarked;
