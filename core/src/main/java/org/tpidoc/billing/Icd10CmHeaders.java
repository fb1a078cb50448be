package org.tpidoc.billing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Set;

/**
 * The ICD-10-CM category headers a TPI record is likely to carry that are not billable codes
 * (terminology.md: M79.1, M54.5, R10.2), each with the billable codes beneath it that terminology.md
 * lists. A claim must point to a billable code, so billing warns when one of these is an indication.
 * The one place these codes are kept.
 */
public final class Icd10CmHeaders {

    private static final ImmutableMap<String, ImmutableList<String>> HEADERS = ImmutableMap.of(
            "M79.1", ImmutableList.of("M79.10", "M79.11", "M79.12", "M79.18"),
            "M54.5", ImmutableList.of("M54.50", "M54.59"),
            "R10.2", ImmutableList.of("R10.20", "R10.21", "R10.22", "R10.23"));

    private Icd10CmHeaders() {}

    /** Whether {@code code} is one of the non-billable headers (exact ICD-10-CM code, e.g. {@code "M79.1"}). */
    public static boolean isHeader(String code) {
        return HEADERS.containsKey(code);
    }

    /** Every non-billable header code, in terminology.md's order. */
    public static Set<String> all() {
        return HEADERS.keySet();
    }

    /** The billable codes beneath {@code header} that terminology.md lists; empty when it is no header. */
    public static List<String> billableCodesUnder(String header) {
        return HEADERS.getOrDefault(header, ImmutableList.of());
    }
}
