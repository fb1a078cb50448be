/**
 * The procedure note as the FHIR R4 {@code Composition} of a document bundle, its participants, and the
 * attestation read back.
 */
@NullMarked
package org.tpidoc.fhir.resource.document;

import org.jspecify.annotations.NullMarked;
