/**
 * Pain scores and per-site examination results as FHIR R4 {@code Observation}s, both directions.
 */
@NullMarked
package org.tpidoc.fhir.resource.observation;

import org.jspecify.annotations.NullMarked;
