/**
 * Codes and code systems: {@link org.tpidoc.terminology.Concept}, the canonical code system URIs
 * of {@link org.tpidoc.terminology.CodeSystems}, and the SNOMED CT identifier check.
 */
@NullMarked
package org.tpidoc.terminology;

import org.jspecify.annotations.NullMarked;
