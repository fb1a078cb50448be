/**
 * The values the FHIR API takes and gives, the bottom layer every other package of the mapping may use:
 * the export's {@link org.tpidoc.fhir.api.MappingOptions} and {@link org.tpidoc.fhir.api.BundleKind}, the
 * import's {@link org.tpidoc.fhir.api.ImportLimits}, {@link org.tpidoc.fhir.api.ImportResult} and {@link
 * org.tpidoc.fhir.api.ImportedSession}, and the library's own {@link ca.uhn.fhir.context.FhirContext} in
 * {@link org.tpidoc.fhir.api.Fhir}.
 *
 * <p>Finding codes ({@link org.tpidoc.fhir.api.ImportCode}, a public contract):
 *
 * <table>
 *   <caption>Import finding codes</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>not-fhir</td><td>error</td><td>empty, neither a JSON object nor FHIR-namespaced XML, no resourceType</td></tr>
 *   <tr><td>not-r4</td><td>error</td><td>a resource type or element of another FHIR version</td></tr>
 *   <tr><td>malformed</td><td>error</td><td>not well-formed JSON or XML, not UTF-8, a DTD, content after the resource</td></tr>
 *   <tr><td>too-large</td><td>error</td><td>over the byte, string, entry or resource limit; nothing parsed</td></tr>
 *   <tr><td>too-deep</td><td>error</td><td>nested deeper than the limit; nothing parsed</td></tr>
 *   <tr><td>not-a-bundle</td><td>error</td><td>another resource where a bundle is expected</td></tr>
 *   <tr><td>unsupported-bundle-type</td><td>error</td><td>history, message or response bundles</td></tr>
 *   <tr><td>no-procedure</td><td>error</td><td>no Procedure, so no session</td></tr>
 *   <tr><td>import-failed</td><td>error</td><td>a defect of the importer</td></tr>
 *   <tr><td>unknown-element</td><td>warning</td><td>an element R4 does not define there</td></tr>
 *   <tr><td>invalid-value</td><td>warning</td><td>a value invalid for its type or out of the session's range</td></tr>
 *   <tr><td>dangling-reference</td><td>error</td><td>urn:uuid, urn:oid or #contained reference not in the input</td></tr>
 *   <tr><td>unresolved-reference</td><td>warning</td><td>a needed resource (Medication, BodyStructure) outside the input</td></tr>
 *   <tr><td>wrong-reference-type</td><td>error</td><td>a reference to a type the element does not allow</td></tr>
 *   <tr><td>invalid-reference</td><td>warning</td><td>a reference the session cannot hold (display only, identifier without system)</td></tr>
 *   <tr><td>duplicate-resource</td><td>warning</td><td>two resources with one fullUrl or Type/id</td></tr>
 *   <tr><td>unmapped-resource</td><td>warning (info for patients, practitioners, ...)</td><td>a resource no session used</td></tr>
 *   <tr><td>unmapped-element</td><td>warning (info if administrative)</td><td>an element or extension a session has no place for</td></tr>
 *   <tr><td>unknown-modifier-extension</td><td>error</td><td>a modifier extension not understood</td></tr>
 *   <tr><td>assumed-member</td><td>info</td><td>a resource with no link to a Procedure, taken as the only one's</td></tr>
 *   <tr><td>inconsistent</td><td>warning</td><td>resources of one export that contradict each other</td></tr>
 *   <tr><td>missing-required</td><td>error</td><td>no patient, start, status or technique: the Procedure is not imported</td></tr>
 *   <tr><td>procedure-not-imported</td><td>error</td><td>a Procedure that could not become a session</td></tr>
 *   <tr><td>id-generated</td><td>info</td><td>no tpidoc session identifier; a name-based id was derived</td></tr>
 *   <tr><td>status-approximated</td><td>warning</td><td>stopped, on-hold, preparation mapped to the nearest session status</td></tr>
 *   <tr><td>status-conflict</td><td>warning</td><td>Procedure.status contradicts our session-status extension</td></tr>
 *   <tr><td>unknown-procedure-code</td><td>warning or error</td><td>not coded as TPI or dry needling</td></tr>
 *   <tr><td>technique-inferred</td><td>warning</td><td>technique from the text</td></tr>
 *   <tr><td>time-imprecise</td><td>warning</td><td>a time without time of day or offset</td></tr>
 *   <tr><td>unknown-muscle-code</td><td>warning</td><td>a body site code the catalogue has no muscle for</td></tr>
 *   <tr><td>muscle-unknown</td><td>warning</td><td>no muscle recognised; site not imported</td></tr>
 *   <tr><td>muscle-from-text</td><td>info</td><td>muscle recognised from words</td></tr>
 *   <tr><td>complication-from-text</td><td>info</td><td>complication recognised from its words</td></tr>
 *   <tr><td>laterality-unknown</td><td>warning</td><td>no side (or both); site not imported</td></tr>
 *   <tr><td>laterality-from-text</td><td>info</td><td>side recognised from words</td></tr>
 *   <tr><td>points-not-recorded</td><td>warning</td><td>points unknown; 1 recorded</td></tr>
 *   <tr><td>medication-not-referenced</td><td>info</td><td>medication as a CodeableConcept</td></tr>
 *   <tr><td>unknown-medication</td><td>warning</td><td>no catalogue product; injectate not imported</td></tr>
 *   <tr><td>dose-not-convertible</td><td>warning</td><td>no volume in mL from the dose</td></tr>
 *   <tr><td>preparation-derived</td><td>info</td><td>a preparation assembled from administrations</td></tr>
 *   <tr><td>site-unknown</td><td>warning (info when the only site)</td><td>an administration without a recognisable site</td></tr>
 *   <tr><td>consent-not-active</td><td>warning</td><td>draft, proposed, rejected or deny consent; not imported</td></tr>
 *   <tr><td>consent-incomplete</td><td>warning</td><td>no disclosed risks, method, obtained-by or answers</td></tr>
 *   <tr><td>pain-timing-unknown</td><td>warning</td><td>a pain score neither before nor after</td></tr>
 *   <tr><td>indication-not-coded</td><td>warning</td><td>an indication as text only</td></tr>
 *   <tr><td>needs-review</td><td>warning</td><td>summary of a session with any warning or error</td></tr>
 * </table>
 */
@NullMarked
package org.tpidoc.fhir.api;

import org.jspecify.annotations.NullMarked;
