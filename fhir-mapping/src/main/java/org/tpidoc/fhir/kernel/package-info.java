/**
 * The small kernel every mapper shares: the per-session contexts of export ({@link
 * org.tpidoc.fhir.kernel.MappingContext}) and import ({@link org.tpidoc.fhir.kernel.ReadContext}, over the
 * {@link org.tpidoc.fhir.kernel.ImportInput} of one input), the deterministic ids and roles of the
 * resources, the {@link org.tpidoc.fhir.kernel.ResourceIndex} of an input and its reference resolution, the
 * findings collector, and the names of our extensions and code systems. Depends only on the API values, core
 * and HAPI.
 */
@NullMarked
package org.tpidoc.fhir.kernel;

import org.jspecify.annotations.NullMarked;
