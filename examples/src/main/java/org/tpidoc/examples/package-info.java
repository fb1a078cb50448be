/**
 * Runnable example programs, one per use case; each is a {@code main} a reader can copy, and each is
 * run by a test so it never rots.
 */
@NullMarked
package org.tpidoc.examples;

import org.jspecify.annotations.NullMarked;
