/**
 * Our own code systems as FHIR R4 {@code CodeSystem} resources ({@link
 * org.tpidoc.fhir.terminology.OwnCodeSystems}), generated from the catalogue, the session enums and {@link
 * org.tpidoc.fhir.kernel.OwnCodes}, so that a validator can check the codes the export emits.
 */
@NullMarked
package org.tpidoc.fhir.terminology;

import org.jspecify.annotations.NullMarked;
