/**
 * One FHIR R4 {@code BodyStructure} per distinct muscle and side, both directions: {@link
 * org.tpidoc.fhir.resource.bodystructure.BodyStructureTranslator}.
 */
@NullMarked
package org.tpidoc.fhir.resource.bodystructure;

import org.jspecify.annotations.NullMarked;
