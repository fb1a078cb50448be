package org.tpidoc.catalog;

/** How a product is measured when drawn up. */
public enum ProductForm {
    /** A solution or suspension of known concentration, drawn up in mL. */
    LIQUID,
    /** A powder in a vial, drawn up as an amount of the drug's unit and reconstituted. */
    POWDER
}
