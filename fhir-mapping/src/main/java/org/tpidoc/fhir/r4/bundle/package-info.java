/**
 * Bundle assembly ({@link org.tpidoc.fhir.r4.bundle.BundleAssembler}: transaction, collection and
 * document bundles whose internal references all resolve inside the bundle), the deterministic ids of
 * {@link org.tpidoc.fhir.r4.bundle.ResourceIds}, and the streaming {@link
 * org.tpidoc.fhir.r4.bundle.NdjsonBulkWriter}.
 */
@NullMarked
package org.tpidoc.fhir.r4.bundle;

import org.jspecify.annotations.NullMarked;
