/**
 * Datatype pairs shared by the resource mappers: each turns a tpidoc value into a FHIR R4 datatype and
 * reads it back (codes, references, quantities in UCUM, times and periods, body sites with laterality,
 * muscles named in words, narratives). Builds fresh HAPI objects; depends on the kernel only.
 */
@NullMarked
package org.tpidoc.fhir.datatype;

import org.jspecify.annotations.NullMarked;
