package org.quiver.reliability;

import java.util.List;

/**
 * Names and values that break code which pastes them into SQL or Cypher text: backticks, quotes,
 * statement separators, SQL keywords, dots, spaces, {@code $}, comment markers and non-ASCII text.
 */
final class HostileNames {
    /** For labels, relationship types and property keys. */
    static final List<String> NAMES = List.of(
            "we`ird", "it's", "say \"hi\"", "a;b", "SELECT", "DROP TABLE x", "a.b", "with space",
            "$dollar", "x--y", "/*c*/", "ünï cödé ✓", "日本");

    /** For string values: the names, and a few that only make sense as data. */
    static final List<String> VALUES = List.of(
            "we`ird", "it's", "say \"hi\"", "'); DROP TABLE x; --", "back\\slash", "line\nbreak",
            "SELECT * FROM t", "a.b.c", "$param", "ünï cödé ✓ 日本", "");

    private HostileNames() {
    }

    /** {@code name} as a Cypher identifier: in backticks, a backtick doubled. */
    static String cypher(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** {@code value} as a Cypher string literal. */
    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }
}
