/**
 * The JSON form of a session (DESIGN §4): one configured Jackson mapper ({@link
 * org.tpidoc.json.SessionJson}), readers for one object, an array or NDJSON with explicit input
 * limits ({@link org.tpidoc.json.SessionReader}, {@link org.tpidoc.json.JsonLimits}), and writers
 * ({@link org.tpidoc.json.SessionWriter}).
 *
 * <p>Reading is strict: unknown properties, wrong types, unknown codes, a missing or unsupported
 * {@code schemaVersion}, missing required properties and out-of-range values fail with a {@link
 * org.tpidoc.json.SessionReadException} that names the JSON path (and the NDJSON line) and never
 * quotes the input. Catalogue slugs are read as given; the validator checks them. The domain
 * records carry no Jackson annotations: Jackson databind reads and writes them through their
 * canonical constructors, taught the form by mix-ins and a few strict readers in one module
 * ({@code SessionJsonModule}); Jackson's exceptions become {@code SessionReadException}s in one
 * place ({@code ReadFailures}).
 */
@NullMarked
package org.tpidoc.json;

import org.jspecify.annotations.NullMarked;
