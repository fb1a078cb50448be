/**
 * The procedure note as the FHIR R4 {@code Composition} of a document bundle, with its participants and
 * their stand-ins, both directions.
 */
@NullMarked
package org.tpidoc.fhir.resource.document;

import org.jspecify.annotations.NullMarked;
