/**
 * Clinical rules: {@link org.tpidoc.validation.SessionValidator} judges a session and returns a
 * {@link org.tpidoc.validation.ValidationReport} of {@link org.tpidoc.validation.Finding}s with stable
 * codes (DESIGN §5, listed with their severities in {@link org.tpidoc.validation.ValidationCode}), one
 * class per rule group;
 * {@link org.tpidoc.validation.ConsentPolicy} says which risks must be disclosed.
 *
 * <p>The rule groups, in report order:
 *
 * <ul>
 *   <li>consent: {@code consent-missing} (completed or in-progress), {@code consent-after-start},
 *       {@code consent-risk-not-disclosed} (one per missing risk, the message names it);
 *   <li>timing: {@code time-out-missing} (warning), {@code time-out-after-start}, {@code end-missing}
 *       (completed), {@code end-before-start};
 *   <li>indications: {@code indication-missing} (warning, completed);
 *   <li>catalogue: {@code unknown-muscle}, {@code unknown-product}, {@code unknown-preparation},
 *       {@code unknown-risk}, {@code unknown-complication}, and three additions to DESIGN §5, also
 *       errors: {@code unknown-finding} (an examination finding slug), {@code unknown-prior-therapy}
 *       (a prior-therapy slug) and {@code unknown-allergy-class} (an allergy that is not an {@code
 *       AllergyClass} code: a drug class such as {@code amide-local-anesthetic}, {@code chlorhexidine}
 *       or {@code iodine});
 *   <li>sites: {@code no-sites} (completed), {@code volume-invalid}, {@code volume-high} (warning,
 *       above 3 mL per point), {@code duplicate-site} (warning), {@code overlapping-sites} (warning, a
 *       muscle and a part of it on one side);
 *   <li>preparations: {@code duplicate-preparation} (an addition to DESIGN §5: two preparations
 *       share an id, so the sites cannot say which they received), {@code component-expired} (expiry
 *       before the start's date), {@code volume-exceeds-preparation} (the sites given more than was
 *       drawn up);
 *   <li>injectate: {@code injectate-missing}, {@code injectate-with-dry-needling};
 *   <li>doses: {@code dose-above-maximum} (onabotulinumtoxinA: with the previous 90 days), {@code
 *       local-anesthetic-combined-dose}, {@code weight-missing} (warning), {@code
 *       prior-toxin-dose-unknown} (info);
 *   <li>patient: {@code allergy-conflict} (components and skin preparation), {@code anticoagulated}
 *       (warning, only when recorded as anticoagulated), {@code weight-implausible} (warning, below 30
 *       or above 250 kg);
 *   <li>outcome: {@code status-reason-missing} (aborted), {@code pain-after-missing} (warning,
 *       completed).
 * </ul>
 *
 * <p>Statuses: rules marked completed apply only to completed sessions, so drafts ({@code
 * in-progress}) and aborted sessions are not told to have an end, sites, an indication or a pain score
 * after. Every other rule judges what is recorded whatever the status: an aborted session's sites,
 * preparations and doses are what was done before it stopped (an expired vial or an overdose matters
 * all the same), and a draft is warned early. A session {@code entered-in-error} is void: only the
 * catalogue rules run on it.
 *
 * <p>Paths point into the JSON form ({@code $.sites[2].muscle}). Messages say what is wrong and what
 * to do, naming the risk, drug or muscle; they never contain patient references, identifiers,
 * displays or free text, and quote a user-typed value only when it is shaped like a slug
 * (lower-case kebab-case).
 */
@NullMarked
package org.tpidoc.validation;

import org.jspecify.annotations.NullMarked;
