/**
 * The FHIR R4 facades: {@link org.tpidoc.fhir.FhirExporter} (session to resources, bundles and bulk
 * NDJSON), {@link org.tpidoc.fhir.FhirImporter} (bundles and bulk NDJSON back to sessions, with {@link
 * org.tpidoc.fhir.ImportResult}, {@link org.tpidoc.fhir.ImportFinding} and the codes of {@link
 * org.tpidoc.fhir.ImportCodes}), {@link org.tpidoc.fhir.FhirValidation} (offline HAPI instance validation), the export
 * {@link org.tpidoc.fhir.MappingOptions}, {@link org.tpidoc.fhir.BundleKind}, and the one shared
 * {@link ca.uhn.fhir.context.FhirContext} of {@link org.tpidoc.fhir.Fhir}.
 */
@NullMarked
package org.tpidoc.fhir;

import org.jspecify.annotations.NullMarked;
