/**
 * The catalogues: muscles, products and their drugs, consent risks, complications, examination
 * findings and prior therapies, keyed by stable kebab-case slugs (the JSON contract). {@link
 * org.tpidoc.catalog.Catalog#builtIn()} is complete for real use and is data: it is read once from
 * {@code built-in-catalog.json} beside these classes. A vendor extends or overrides it through
 * {@link org.tpidoc.catalog.Catalog#builder(Catalog)}, entry by entry or from a file of the same JSON
 * form ({@link org.tpidoc.catalog.CatalogBuilder#readJson(java.io.InputStream)}).
 */
@NullMarked
package org.tpidoc.catalog;

import org.jspecify.annotations.NullMarked;
