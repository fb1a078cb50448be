/**
 * A seeded generator of realistic synthetic sessions, for tests, benchmarks and demos: {@link
 * org.tpidoc.synthetic.SessionGenerator} makes sessions across the catalogue in the {@link
 * org.tpidoc.synthetic.Scenario} families (neck and shoulder, low back, gluteal, headache, chest wall,
 * calf, botulinum toxin, dry needling) that pass the standard validator, or, with {@link
 * org.tpidoc.synthetic.Defect}s, sessions that each carry exactly one known defect and the finding it
 * must produce. The same seed always gives the same sessions, on any JVM: the random numbers come from
 * our own SplitMix64, never from {@code UUID.randomUUID()} or the clock. No real patient data: every
 * identifier is made up.
 */
@NullMarked
package org.tpidoc.synthetic;

import org.jspecify.annotations.NullMarked;
