/**
 * Pain scores and per-site examination results as FHIR R4 {@code Observation}s ({@link
 * org.tpidoc.fhir.r4.observation.ObservationMapper}).
 */
@NullMarked
package org.tpidoc.fhir.r4.observation;

import org.jspecify.annotations.NullMarked;
