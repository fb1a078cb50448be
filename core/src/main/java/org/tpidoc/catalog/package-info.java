/**
 * The catalogues: muscles, products and their drugs, consent risks, complications, examination
 * findings and prior therapies, keyed by stable kebab-case slugs (the JSON contract). {@link
 * org.tpidoc.catalog.Catalog#builtIn()} is complete for real use; a vendor extends or overrides it
 * through {@link org.tpidoc.catalog.Catalog#builder(Catalog)}.
 */
@NullMarked
package org.tpidoc.catalog;

import org.jspecify.annotations.NullMarked;
