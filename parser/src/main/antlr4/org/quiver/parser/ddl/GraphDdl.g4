/*
 * Quiver's grammar of graph mapping statements, in the style of SQL/PGQ (ISO/IEC 9075-16):
 * CREATE PROPERTY GRAPH maps tables of the Spark catalog to node and relationship tables;
 * DROP PROPERTY GRAPH forgets a mapping. Kept apart from Cypher.g4: the two languages share no
 * rules, and a property may be defined by a Spark SQL expression, which this grammar only
 * delimits (balanced parentheses, up to a top-level comma or AS) and Spark's own parser reads.
 *
 * Keywords are case-insensitive and usable as names (a column may be called `key` or `label`).
 */
grammar GraphDdl;

options { caseInsensitive = true; }

statement
    : (createGraph | dropGraph) SEMICOLON? EOF
    ;

createGraph
    : CREATE (OR REPLACE)? PROPERTY GRAPH (IF NOT EXISTS)? qualifiedName nodeTables relationshipTables?
    ;

dropGraph
    : DROP PROPERTY GRAPH (IF EXISTS)? qualifiedName
    ;

// VERTEX and EDGE are the standard's words, NODE and RELATIONSHIP Cypher's.
nodeTables
    : (NODE | VERTEX) TABLES LPAREN nodeTable (COMMA nodeTable)* RPAREN
    ;

relationshipTables
    : (RELATIONSHIP | EDGE) TABLES LPAREN relationshipTable (COMMA relationshipTable)* RPAREN
    ;

nodeTable
    : tableReference keyClause? elementLabels
    ;

relationshipTable
    : tableReference keyClause? sourceReference destinationReference elementLabels
    ;

tableReference
    : qualifiedName (AS name)?
    ;

keyClause
    : KEY columnList
    ;

sourceReference
    : SOURCE KEY columnList REFERENCES qualifiedName columnList?
    ;

destinationReference
    : DESTINATION KEY columnList REFERENCES qualifiedName columnList?
    ;

// Each label may bring its own properties; the element has them all. Without any LABEL, the
// table's alias is the one label.
elementLabels
    : labelDefinition+
    | propertiesClause?
    ;

labelDefinition
    : LABEL name propertiesClause?
    ;

propertiesClause
    : PROPERTIES ARE? ALL COLUMNS (EXCEPT columnList)?            # allColumns
    | PROPERTIES LPAREN propertyDefinition (COMMA propertyDefinition)* RPAREN  # propertyList
    | NO PROPERTIES                                               # noProperties
    ;

propertyDefinition
    : sqlExpression (AS name)?
    ;

// A Spark SQL expression, delimited only: a run of tokens with balanced parentheses that stops
// at a top-level comma, closing parenthesis or AS.
sqlExpression
    : sqlToken+
    ;

sqlToken
    : LPAREN sqlNested* RPAREN
    | ~(LPAREN | RPAREN | COMMA | AS | SEMICOLON)
    ;

sqlNested
    : LPAREN sqlNested* RPAREN
    | ~(LPAREN | RPAREN)
    ;

columnList
    : LPAREN name (COMMA name)* RPAREN
    ;

qualifiedName
    : name (DOT name)*
    ;

name
    : IDENTIFIER
    | QUOTED_NAME
    | keyword
    ;

keyword
    : ALL | ARE | AS | COLUMNS | CREATE | DESTINATION | DROP | EDGE | EXCEPT | EXISTS | GRAPH | IF | KEY
    | LABEL | NO | NODE | NOT | OR | PROPERTIES | PROPERTY | REFERENCES | RELATIONSHIP | REPLACE | SOURCE
    | TABLES | VERTEX
    ;

ALL          : 'ALL';
ARE          : 'ARE';
AS           : 'AS';
COLUMNS      : 'COLUMNS';
CREATE       : 'CREATE';
DESTINATION  : 'DESTINATION';
DROP         : 'DROP';
EDGE         : 'EDGE';
EXCEPT       : 'EXCEPT';
EXISTS       : 'EXISTS';
GRAPH        : 'GRAPH';
IF           : 'IF';
KEY          : 'KEY';
LABEL        : 'LABEL';
NO           : 'NO';
NODE         : 'NODE';
NOT          : 'NOT';
OR           : 'OR';
PROPERTIES   : 'PROPERTIES';
PROPERTY     : 'PROPERTY';
REFERENCES   : 'REFERENCES';
RELATIONSHIP : 'RELATIONSHIP';
REPLACE      : 'REPLACE';
SOURCE       : 'SOURCE';
TABLES       : 'TABLES';
VERTEX       : 'VERTEX';

// A `quoted name`; a doubled backtick stands for one backtick.
QUOTED_NAME  : '`' (~'`' | '``')* '`';
IDENTIFIER   : [\p{ID_Start}_] [\p{ID_Continue}]*;

// Only inside SQL expressions: Spark's parser reads them.
STRING       : '\'' (~['\\] | '\\' .)* '\'' | '"' (~["\\] | '\\' .)* '"';
NUMBER       : [0-9]+ ('.' [0-9]*)? ('e' [+-]? [0-9]+)? [a-z]*;
OPERATOR     : [-+*/%<>=!|&^~:?[\]{}];

LPAREN       : '(';
RPAREN       : ')';
COMMA        : ',';
DOT          : '.';
SEMICOLON    : ';';

WHITESPACE   : [ \t\r\n\u000B\u000C\u00A0\uFEFF]+ -> skip;
LINE_COMMENT : ('--' | '//') ~[\r\n]* -> skip;
BLOCK_COMMENT: '/*' .*? '*/' -> skip;

// Any other character, and an unterminated string or name: the parser reports it.
UNKNOWN      : .;
