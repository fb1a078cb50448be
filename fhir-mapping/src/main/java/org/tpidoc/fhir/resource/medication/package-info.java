/**
 * Each preparation drawn up as a FHIR R4 {@code Medication}, both directions ({@link
 * org.tpidoc.fhir.resource.medication.MedicationTranslator}), composed of small pairs: the ingredients'
 * strengths in the preparation as mixed and each component as drawn up in our {@code preparation-component}
 * extension; another system's medication recognised as a catalogue product ({@link
 * org.tpidoc.fhir.resource.medication.ForeignMedication}).
 */
@NullMarked
package org.tpidoc.fhir.resource.medication;

import org.jspecify.annotations.NullMarked;
