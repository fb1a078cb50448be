/**
 * The FHIR R4 entry points, the top layer: {@link org.tpidoc.fhir.FhirExporter} (a session to resources,
 * bundles, JSON or XML), {@link org.tpidoc.fhir.NdjsonBulkWriter} (many sessions to bulk NDJSON), {@link
 * org.tpidoc.fhir.FhirImporter} (bundles and bulk NDJSON back to sessions) and {@link
 * org.tpidoc.fhir.FhirValidation} (offline HAPI instance validation). The values they take and give are in
 * {@link org.tpidoc.fhir.api}; the layers below them are described in {@code docs/architecture.md}.
 */
@NullMarked
package org.tpidoc.fhir;

import org.jspecify.annotations.NullMarked;
