/**
 * What the tests of every tpidoc module share, used with scope {@code test}: the example sessions and their
 * expectations, kept once in this kit's resources ({@link org.tpidoc.testkit.Examples}, {@link
 * org.tpidoc.testkit.Example}), the golden-file check whose update run always fails ({@link
 * org.tpidoc.testkit.GoldenFiles}), and a scripted local FHIR server for what sends to one ({@link
 * org.tpidoc.testkit.StubFhirServer}). It depends on no tpidoc module (core's tests use it too), so a module
 * reads an example's text with its own JSON reader.
 */
@NullMarked
package org.tpidoc.testkit;

import org.jspecify.annotations.NullMarked;
