package org.quiver.parser.ddl.ast;

import java.util.List;

/** Which properties a label brings: all columns (the default), a list, or none. */
public sealed interface PropertiesClause {

    /** {@code PROPERTIES [ARE] ALL COLUMNS [EXCEPT (columns)]}, also what an absent clause means. */
    record AllColumns(List<Name> except) implements PropertiesClause {
        public AllColumns {
            except = List.copyOf(except);
        }
    }

    /** {@code PROPERTIES (definition, …)}. */
    record PropertyList(List<PropertyDefinition> definitions) implements PropertiesClause {
        public PropertyList {
            definitions = List.copyOf(definitions);
            if (definitions.isEmpty()) {
                throw new IllegalArgumentException("a property list is not empty");
            }
        }
    }

    /** {@code NO PROPERTIES}. */
    record NoProperties() implements PropertiesClause {
    }
}
