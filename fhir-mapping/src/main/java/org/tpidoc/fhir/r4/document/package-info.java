/**
 * The procedure note as the FHIR R4 {@code Composition} of a document bundle ({@link
 * org.tpidoc.fhir.r4.document.CompositionMapper}).
 */
@NullMarked
package org.tpidoc.fhir.r4.document;

import org.jspecify.annotations.NullMarked;
