/**
 * tpidoc core: the trigger point injection session domain, free of FHIR. Every package is API: the
 * session model ({@code session}), catalogues ({@code catalog}), doses ({@code dosing}), rules and
 * findings ({@code validation}), billing codes ({@code billing}), the procedure note and aftercare
 * handout ({@code note}), the JSON form ({@code json}), code systems ({@code terminology}) and the
 * generator of synthetic sessions for tests and demonstrations ({@code synthetic}). Types that are not
 * API are package-private.
 */
module org.tpidoc.core {
    exports org.tpidoc.billing;
    exports org.tpidoc.catalog;
    exports org.tpidoc.dosing;
    exports org.tpidoc.json;
    exports org.tpidoc.note;
    exports org.tpidoc.session;
    exports org.tpidoc.synthetic;
    exports org.tpidoc.terminology;
    exports org.tpidoc.validation;

    // Jackson databind reads the catalogue file into package-private records, and the session JSON
    // form (moving to databind with issue 11) keeps its mix-ins and records in json; nothing else.
    opens org.tpidoc.catalog to
            com.fasterxml.jackson.databind;
    opens org.tpidoc.json to
            com.fasterxml.jackson.databind;

    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.google.common;
    requires org.apache.commons.text;
    requires org.slf4j;
    requires static transitive org.jspecify;
}
