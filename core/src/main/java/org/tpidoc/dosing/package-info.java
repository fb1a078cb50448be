/**
 * Dose arithmetic: the dose of every drug per site and per session ({@link
 * org.tpidoc.dosing.DoseCalculator}), drawn versus administered versus discarded amounts, distinct
 * (muscle, side) pairs, and the configurable maxima of {@link org.tpidoc.dosing.DoseLimits}. Exact
 * {@link java.math.BigDecimal} arithmetic; rounding happens only for display.
 */
@NullMarked
package org.tpidoc.dosing;

import org.jspecify.annotations.NullMarked;
