/**
 * The shared state of one session's mapping to FHIR R4 ({@link org.tpidoc.fhir.r4.MappingContext}), the
 * roles that name each resource ({@link org.tpidoc.fhir.r4.Roles}) and how resources refer to each other
 * ({@link org.tpidoc.fhir.r4.ReferenceStyle}). The mappers live in one sub-package per resource.
 */
@NullMarked
package org.tpidoc.fhir.r4;

import org.jspecify.annotations.NullMarked;
