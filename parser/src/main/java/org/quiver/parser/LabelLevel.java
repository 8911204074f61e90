package org.quiver.parser;

/** How tightly a label expression binds: | loosest, then & (and :), then !, then a name. */
enum LabelLevel {
    OR, AND, NOT, PRIMARY
}
