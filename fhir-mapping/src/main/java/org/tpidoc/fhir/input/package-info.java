/**
 * Input safety, the lowest layer of the import: every byte of FHIR input is checked against the
 * {@link org.tpidoc.fhir.api.ImportLimits} (size, nesting depth, string length, resource count, no DTD) and
 * every element against the R4 definitions before HAPI parses it ({@link
 * org.tpidoc.fhir.input.DocumentParser}, {@link org.tpidoc.fhir.input.JsonGuard}, {@link
 * org.tpidoc.fhir.input.XmlGuard}). Depends only on the kernel, the API values and HAPI.
 */
@NullMarked
package org.tpidoc.fhir.input;

import org.jspecify.annotations.NullMarked;
