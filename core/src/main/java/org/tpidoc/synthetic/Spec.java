package org.tpidoc.synthetic;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.SessionStatus;

/**
 * What the session about to be made must have so that a defect can be planted in it (or nothing, for
 * a valid session): the scenarios it may come from, its status, and the shape of its sites and
 * preparations.
 *
 * @param scenarios the scenarios to choose from, weighted by {@link Scenario#weight()}
 * @param status the status, or {@code null} to choose one (mostly completed)
 * @param needs what the sites and preparations must have (none for a valid session)
 * @param minSites at least this many sites
 * @param dosing the usual dosing, or one of the overdoses
 */
record Spec(Set<Scenario> scenarios, @Nullable SessionStatus status, Set<Need> needs, int minSites, Dosing dosing) {

    /** How the local anaesthetic is dosed. */
    enum Dosing {
        /** Within 80% of every maximum, local anaesthetics together included. */
        USUAL,
        /** Lidocaine 20 mg/mL alone over at least 18 mL: above 300 mg. */
        LIDOCAINE_ABOVE_MAXIMUM,
        /** Lidocaine and bupivacaine each at 60–65% of its maximum. */
        COMBINED_ABOVE_MAXIMUM
    }

    /** Something the sites or preparations must have. */
    enum Need {
        /** At least one site on a chest-wall muscle. */
        CHEST_WALL,
        /** A corticosteroid drawn up. */
        STEROID,
        /** A local anaesthetic given. */
        LOCAL_ANAESTHETIC,
        /** One preparation only. */
        SINGLE_PREPARATION,
        /** Site 0 given 3.5 mL at one point. */
        HIGH_VOLUME_SITE,
        /** Site 0 recorded twice. */
        DUPLICATE_SITE,
        /** Sites 0 and 1 a muscle and a part of it, on one side. */
        OVERLAPPING_SITE
    }

    /** The injection scenarios that use a liquid preparation (all but toxin and dry needling). */
    static final Set<Scenario> LIQUID = EnumSet.of(
            Scenario.NECK_SHOULDER,
            Scenario.LOW_BACK,
            Scenario.GLUTEAL,
            Scenario.HEADACHE,
            Scenario.CHEST_WALL,
            Scenario.CALF);

    Spec {
        scenarios = Set.copyOf(scenarios);
        needs = Set.copyOf(needs);
    }

    /** A valid session from {@code scenarios}. */
    static Spec valid(Set<Scenario> scenarios) {
        return new Spec(scenarios, null, Set.of(), 1, Dosing.USUAL);
    }

    Spec onlyFrom(Set<Scenario> allowed) {
        Set<Scenario> both = EnumSet.noneOf(Scenario.class);
        both.addAll(scenarios);
        both.retainAll(allowed);
        return new Spec(both, status, needs, minSites, dosing);
    }

    Spec withStatus(SessionStatus value) {
        return new Spec(scenarios, value, needs, minSites, dosing);
    }

    Spec withChestWall() {
        return new Spec(scenarios, status, plus(Need.CHEST_WALL), minSites, dosing);
    }

    Spec withSteroid() {
        return new Spec(scenarios, status, plus(Need.STEROID, Need.SINGLE_PREPARATION), minSites, dosing);
    }

    Spec withLocalAnaesthetic() {
        return new Spec(scenarios, status, plus(Need.LOCAL_ANAESTHETIC, Need.SINGLE_PREPARATION), minSites, dosing);
    }

    Spec withDosing(Dosing value, int sites) {
        return new Spec(scenarios, status, plus(Need.SINGLE_PREPARATION), sites, value);
    }

    Spec withHighVolumeSite() {
        return new Spec(scenarios, status, plus(Need.HIGH_VOLUME_SITE), minSites, dosing);
    }

    Spec withDuplicateSite() {
        return new Spec(scenarios, status, plus(Need.DUPLICATE_SITE), minSites, dosing);
    }

    Spec withOverlappingSite() {
        return new Spec(scenarios, status, plus(Need.OVERLAPPING_SITE), minSites, dosing);
    }

    /** At least one site on a chest-wall muscle. */
    boolean chestWall() {
        return needs.contains(Need.CHEST_WALL);
    }

    /** A corticosteroid drawn up. */
    boolean steroid() {
        return needs.contains(Need.STEROID);
    }

    /** One preparation only. */
    boolean singlePreparation() {
        return needs.contains(Need.SINGLE_PREPARATION);
    }

    /** Site 0 given 3.5 mL at one point. */
    boolean highVolumeSite() {
        return needs.contains(Need.HIGH_VOLUME_SITE);
    }

    /** Site 0 recorded twice. */
    boolean duplicateSite() {
        return needs.contains(Need.DUPLICATE_SITE);
    }

    /** Sites 0 and 1 a muscle and a part of it, on one side. */
    boolean overlappingSite() {
        return needs.contains(Need.OVERLAPPING_SITE);
    }

    private Set<Need> plus(Need... more) {
        Set<Need> out = EnumSet.noneOf(Need.class);
        out.addAll(needs);
        out.addAll(Set.of(more));
        return out;
    }
}
