package org.tpidoc.billing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/** Small sessions for billing tests, and charge lines as a coder reads them. */
final class BillingSessions {

    static final Concept M79_18 = new Concept(CodeSystems.ICD_10_CM, "M79.18", "Myalgia, other site");

    private BillingSessions() {}

    /** A completed session with one billable indication and nothing else. */
    static InjectionSession.Builder base() {
        return InjectionSession.builder()
                .id(UUID.fromString("00000000-0000-4000-8000-000000000003"))
                .patient(org.tpidoc.session.Reference.to("Patient/p"))
                .start(OffsetDateTime.parse("2026-01-01T10:00:00Z"))
                .addIndication(M79_18);
    }

    /** A completed injection session with these preparations and sites. */
    static InjectionSession injection(List<Preparation> preparations, List<InjectionSite> sites) {
        return base().technique(Technique.INJECTION)
                .preparations(preparations)
                .sites(sites)
                .build();
    }

    /** A completed injection session with one preparation. */
    static InjectionSession injection(Preparation preparation, InjectionSite... sites) {
        return injection(List.of(preparation), List.of(sites));
    }

    /** A site given {@code volumeMl} of {@code preparation}, one point. */
    static InjectionSite site(String muscle, Laterality side, String volumeMl, String preparation) {
        return InjectionSite.injected(muscle, side, 1, preparation, new BigDecimal(volumeMl));
    }

    /** A site given 1 mL of preparation A. */
    static InjectionSite site(String muscle, Laterality side) {
        return site(muscle, side, "1", "A");
    }

    static Component liquid(String product, String volumeMl) {
        return Component.liquid(product, new BigDecimal(volumeMl));
    }

    static Component powder(String product, String amount) {
        return Component.powder(product, new BigDecimal(amount));
    }

    /** A 10 mL lidocaine 10 mg/mL preparation A (no drug line). */
    static Preparation lidocaine() {
        return Preparation.of("A", liquid("lidocaine-10mg-ml", "10"));
    }

    /** Lines as {@code "CODE xUNITS MOD..."}, in claim order. */
    static List<String> lines(BillingSummary summary) {
        return summary.lines().stream()
                .map(l -> (l.code() + " x" + l.units() + " " + String.join(" ", l.modifiers())).strip())
                .toList();
    }
}
