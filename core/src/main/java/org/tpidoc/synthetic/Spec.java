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
 * @param chestWall at least one site on a chest-wall muscle
 * @param steroid a corticosteroid drawn up
 * @param localAnaesthetic a local anaesthetic given
 * @param singlePreparation one preparation only
 * @param minSites at least this many sites
 * @param dosing the usual dosing, or one of the overdoses
 * @param highVolumeSite site 0 given 3.5 mL at one point
 * @param duplicateSite site 0 recorded twice
 */
record Spec(
        Set<Scenario> scenarios,
        @Nullable SessionStatus status,
        boolean chestWall,
        boolean steroid,
        boolean localAnaesthetic,
        boolean singlePreparation,
        int minSites,
        Dosing dosing,
        boolean highVolumeSite,
        boolean duplicateSite) {

    /** How the local anaesthetic is dosed. */
    enum Dosing {
        /** Within 80% of every maximum, local anaesthetics together included. */
        USUAL,
        /** Lidocaine 20 mg/mL alone over at least 18 mL: above 300 mg. */
        LIDOCAINE_ABOVE_MAXIMUM,
        /** Lidocaine and bupivacaine each at 60–65% of its maximum. */
        COMBINED_ABOVE_MAXIMUM
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
    }

    /** A valid session from {@code scenarios}. */
    static Spec valid(Set<Scenario> scenarios) {
        return new Spec(scenarios, null, false, false, false, false, 1, Dosing.USUAL, false, false);
    }

    Spec onlyFrom(Set<Scenario> allowed) {
        Set<Scenario> both = EnumSet.noneOf(Scenario.class);
        both.addAll(scenarios);
        both.retainAll(allowed);
        return new Spec(
                both,
                status,
                chestWall,
                steroid,
                localAnaesthetic,
                singlePreparation,
                minSites,
                dosing,
                highVolumeSite,
                duplicateSite);
    }

    Spec withStatus(SessionStatus value) {
        return new Spec(
                scenarios,
                value,
                chestWall,
                steroid,
                localAnaesthetic,
                singlePreparation,
                minSites,
                dosing,
                highVolumeSite,
                duplicateSite);
    }

    Spec withChestWall() {
        return new Spec(
                scenarios,
                status,
                true,
                steroid,
                localAnaesthetic,
                singlePreparation,
                minSites,
                dosing,
                highVolumeSite,
                duplicateSite);
    }

    Spec withSteroid() {
        return new Spec(
                scenarios,
                status,
                chestWall,
                true,
                localAnaesthetic,
                true,
                minSites,
                dosing,
                highVolumeSite,
                duplicateSite);
    }

    Spec withLocalAnaesthetic() {
        return new Spec(
                scenarios, status, chestWall, steroid, true, true, minSites, dosing, highVolumeSite, duplicateSite);
    }

    Spec withDosing(Dosing value, int sites) {
        return new Spec(
                scenarios,
                status,
                chestWall,
                steroid,
                localAnaesthetic,
                true,
                sites,
                value,
                highVolumeSite,
                duplicateSite);
    }

    Spec withHighVolumeSite() {
        return new Spec(
                scenarios,
                status,
                chestWall,
                steroid,
                localAnaesthetic,
                singlePreparation,
                minSites,
                dosing,
                true,
                duplicateSite);
    }

    Spec withDuplicateSite() {
        return new Spec(
                scenarios,
                status,
                chestWall,
                steroid,
                localAnaesthetic,
                singlePreparation,
                minSites,
                dosing,
                highVolumeSite,
                true);
    }
}
