/**
 * How {@link org.tpidoc.fhir.FhirSender} talks to a FHIR server, below the entry points and used by them
 * only: the {@link org.tpidoc.fhir.transport.RetryPolicy} (which answers are retried, exponential backoff
 * with full jitter), the {@link org.tpidoc.fhir.transport.RetryAfter} header, the {@link
 * org.tpidoc.fhir.transport.RequestTimeouts} of one sender, the {@link
 * org.tpidoc.fhir.transport.ResponseCapture} that keeps the headers HAPI's client does not hand to its
 * exceptions, and {@link org.tpidoc.fhir.transport.OutcomeIssues}, a server's OperationOutcome as {@link
 * org.tpidoc.validation.Finding}s. Nothing here logs patient data or credentials.
 */
@NullMarked
package org.tpidoc.fhir.transport;

import org.jspecify.annotations.NullMarked;
