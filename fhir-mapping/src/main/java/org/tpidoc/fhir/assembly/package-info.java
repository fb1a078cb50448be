/**
 * Session-level assembly, the two tables of contents: the export of one session (every resource mapper
 * in bundle order, {@link org.tpidoc.fhir.assembly.SessionExport}) and bundles of each kind, and the import
 * of one input ({@link org.tpidoc.fhir.assembly.ImportRun}: which resources belong to which {@code
 * Procedure}, one session per {@code Procedure} through {@link org.tpidoc.fhir.assembly.SessionAssembler},
 * leftovers reported), from a bundle or a bulk NDJSON directory.
 */
@NullMarked
package org.tpidoc.fhir.assembly;

import org.jspecify.annotations.NullMarked;
