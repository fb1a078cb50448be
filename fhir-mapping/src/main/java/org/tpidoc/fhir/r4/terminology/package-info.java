/**
 * Our own code systems as FHIR R4 {@code CodeSystem} resources ({@link
 * org.tpidoc.fhir.r4.terminology.OwnCodeSystems}), generated from the catalogue, the session enums and
 * {@link org.tpidoc.fhir.r4.datatype.OwnCodes}, so that a validator can check the codes the export emits.
 */
@NullMarked
package org.tpidoc.fhir.r4.terminology;

import org.jspecify.annotations.NullMarked;
