package org.tpidoc.terminology;

/**
 * The canonical URIs of the code systems tpidoc uses, from {@code terminology.md}. Each is pinned by a
 * test. Our own code systems live under a configurable base; {@link #DEFAULT_OWN_BASE} is the default.
 */
public final class CodeSystems {

    /** SNOMED CT. */
    public static final String SNOMED_CT = "http://snomed.info/sct";
    /** RxNorm. */
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    /** LOINC. */
    public static final String LOINC = "http://loinc.org";
    /** CPT (AMA). */
    public static final String CPT = "http://www.ama-assn.org/go/cpt";
    /** HCPCS Level II (CMS), the form we emit. */
    public static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    /** HCPCS Level II over http, accepted on input only. */
    public static final String HCPCS_HTTP = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    /** ICD-10-CM. */
    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    /** NDC. */
    public static final String NDC = "http://hl7.org/fhir/sid/ndc";
    /** UCUM. */
    public static final String UCUM = "http://unitsofmeasure.org";
    /** WHO ATC. */
    public static final String ATC = "http://www.whocc.no/atc";
    /** The default base of our own code systems; a system is {@code base + "/" + name}. */
    public static final String DEFAULT_OWN_BASE = "https://tpidoc.github.io/fhir/CodeSystem";

    private CodeSystems() {}

    /** Whether {@code system} is HCPCS Level II, in its https or http form. */
    public static boolean isHcpcs(String system) {
        return HCPCS.equals(system) || HCPCS_HTTP.equals(system);
    }

    /** Our own code system {@code name} under the default base, e.g. {@code .../CodeSystem/risk}. */
    public static String own(String name) {
        return own(DEFAULT_OWN_BASE, name);
    }

    /** Our own code system {@code name} under {@code base}. */
    public static String own(String base, String name) {
        return (base.endsWith("/") ? base : base + "/") + name;
    }
}
