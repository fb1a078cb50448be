/**
 * Small mappers from tpidoc values to FHIR R4 datatypes, shared by the resource mappers: codes ({@link
 * org.tpidoc.fhir.r4.datatype.Concepts}), references, quantities in UCUM, times and periods, body sites
 * with laterality, generated narratives, and the one list of our extension URLs ({@link
 * org.tpidoc.fhir.r4.datatype.Extensions}). Every method builds fresh HAPI objects.
 */
@NullMarked
package org.tpidoc.fhir.r4.datatype;

import org.jspecify.annotations.NullMarked;
