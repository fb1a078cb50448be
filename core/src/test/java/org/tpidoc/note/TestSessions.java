package org.tpidoc.note;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SampleSessions;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Technique;

/** Variants of the sample session for the document tests. */
final class TestSessions {

    static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T10:15:00-05:00");

    private TestSessions() {}

    /** The DESIGN §4 sample: lidocaine and triamcinolone into the left trapezius and right levator scapulae. */
    static InjectionSession neckShoulder() {
        return SampleSessions.neckShoulder();
    }

    /** A draft just started: in progress, no consent, no time-out, no sites, nothing else recorded. */
    static InjectionSession minimalDraft() {
        return InjectionSession.builder()
                .id(UUID.fromString("00000000-0000-4000-8000-000000000001"))
                .status(SessionStatus.IN_PROGRESS)
                .patient(Reference.to("Patient/draft-1"))
                .start(START)
                .build();
    }

    /** The sample with only lidocaine drawn up and injected (no corticosteroid). */
    static InjectionSession lidocaineOnly() {
        return neckShoulder().toBuilder()
                .preparations(List.of(Preparation.of("A", Component.liquid("lidocaine-10mg-ml", new BigDecimal("5")))))
                .build();
    }

    /** The sample with a corticosteroid drawn up in a second syringe that no site used. */
    static InjectionSession corticosteroidDrawnUpButNotGiven() {
        return lidocaineOnly().toBuilder()
                .addPreparation(
                        Preparation.of("B", Component.liquid("triamcinolone-acetonide-40mg-ml", new BigDecimal("1"))))
                .build();
    }

    /** 100 units of onabotulinumtoxinA in 2 mL saline, 0.5 mL into each of two neck muscles (not chest wall). */
    static InjectionSession botulinumNeck() {
        return neckShoulder().toBuilder()
                .preparations(List.of(Preparation.of(
                        "T",
                        Component.powder("onabotulinumtoxina-100-unit-vial", new BigDecimal("100")),
                        Component.liquid("sodium-chloride-9mg-ml", new BigDecimal("2")))))
                .sites(List.of(
                        InjectionSite.injected("splenius-capitis", Laterality.LEFT, 1, "T", new BigDecimal("0.5")),
                        InjectionSite.injected("levator-scapulae", Laterality.RIGHT, 1, "T", new BigDecimal("0.5"))))
                .build();
    }

    /** The sample with only triamcinolone drawn up and injected (a steroid, no local anaesthetic). */
    static InjectionSession steroidOnly() {
        return neckShoulder().toBuilder()
                .preparations(List.of(
                        Preparation.of("A", Component.liquid("triamcinolone-acetonide-40mg-ml", new BigDecimal("1")))))
                .sites(List.of(
                        InjectionSite.injected("levator-scapulae", Laterality.RIGHT, 1, "A", new BigDecimal("1"))))
                .build();
    }

    /** The sample aborted after the first site (left trapezius), the second never injected. */
    static InjectionSession abortedAfterOneSite() {
        InjectionSession sample = neckShoulder();
        return sample.toBuilder()
                .status(SessionStatus.ABORTED)
                .statusReason("Vasovagal episode after the first site")
                .sites(List.of(sample.sites().get(0)))
                .build();
    }

    /** The sample aborted before any site was injected. */
    static InjectionSession abortedBeforeAnySite() {
        return neckShoulder().toBuilder()
                .status(SessionStatus.ABORTED)
                .statusReason("Vasovagal episode during positioning")
                .sites(List.of())
                .build();
    }

    /** Dry needling of the right piriformis: no injectate, no chest-wall muscle. */
    static InjectionSession dryNeedlingPiriformis() {
        return neckShoulder().toBuilder()
                .technique(Technique.DRY_NEEDLING)
                .preparations(List.of())
                .sites(List.of(InjectionSite.needled("piriformis", Laterality.RIGHT, 3)))
                .build();
    }
}
