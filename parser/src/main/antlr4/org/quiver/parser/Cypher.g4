/*
 * Quiver's grammar of Cypher: the openCypher 9 query language, plus the Neo4j 5 label expressions
 * and subquery expressions (EXISTS, COUNT, COLLECT { … }), CALL subqueries and procedures, FOREACH,
 * and the multiple-graph clauses of Cypher for Apache Spark (FROM, USE, CONSTRUCT, RETURN GRAPH,
 * CATALOG statements).
 *
 * Written for Quiver; rules are grouped by clause family and each names the construct it reads.
 * Keywords are case-insensitive. Words that openCypher does not reserve stay usable as names
 * (see symbolicName); reserved words are still accepted where only a label, relationship type or
 * property key can stand (see schemaName), as in (:Order) or n.end.
 *
 * The rules are shaped for SLL prediction: alternatives that share a prefix are told apart by the
 * next few tokens, so common queries never need full-context prediction.
 */
grammar Cypher;

options { caseInsensitive = true; }

// ===================================================================================== statements

// A statement: an optional execution mode, one query or catalog command, an optional semicolon,
// then nothing else.
statement
    : executionMode? query SEMICOLON? EOF
    | catalogStatement SEMICOLON? EOF
    ;

// EXPLAIN only plans the query; PROFILE runs it and reports statistics.
executionMode
    : EXPLAIN
    | PROFILE
    ;

// A query: single queries joined by UNION (distinct rows) or UNION ALL (all rows).
query
    : singleQuery unionPart*
    ;

// UNION [ALL] and the single query after it.
unionPart
    : UNION ALL? singleQuery
    ;

// A single query: its clauses in the order written.
singleQuery
    : clause+
    ;

// Every clause a query part may contain. RETURN GRAPH comes before RETURN: when a query ends in
// RETURN graph, the words are read as the multiple-graph clause, not as a variable named graph.
clause
    : matchClause
    | unwindClause
    | withClause
    | returnGraphClause
    | returnClause
    | createClause
    | mergeClause
    | setClause
    | removeClause
    | deleteClause
    | foreachClause
    | callSubqueryClause
    | callProcedureClause
    | fromGraphClause
    | useGraphClause
    | constructClause
    ;

// ============================================================================= catalog statements

// The session catalog of graphs (Cypher for Apache Spark): store a graph or a view, drop a graph.
catalogStatement
    : CATALOG CREATE GRAPH graphName LBRACE query RBRACE                # createGraphStatement
    | CATALOG CREATE VIEW graphName viewParameters? LBRACE query RBRACE # createViewStatement
    | CATALOG DROP GRAPH graphName                                      # dropGraphStatement
    ;

// The parameters a view is applied to: ($a, $b).
viewParameters
    : LPAREN (parameter (COMMA parameter)*)? RPAREN
    ;

// ================================================================================ reading clauses

// [OPTIONAL] MATCH pattern [WHERE predicate].
matchClause
    : OPTIONAL? MATCH pattern whereClause?
    ;

// UNWIND list AS variable: one row per list element.
unwindClause
    : UNWIND expression AS variable
    ;

// WHERE predicate, shared by MATCH, WITH, node and relationship patterns.
whereClause
    : WHERE expression
    ;

// ============================================================================= projecting clauses

// WITH projection [WHERE predicate]: ends one query part and starts the next.
withClause
    : WITH projectionBody whereClause?
    ;

// RETURN projection: the result of the query.
returnClause
    : RETURN projectionBody
    ;

// The body shared by WITH and RETURN.
projectionBody
    : DISTINCT? projectionItems orderClause? skipClause? limitClause?
    ;

// *, or items, or * followed by more items.
projectionItems
    : STAR (COMMA projectionItem)*
    | projectionItem (COMMA projectionItem)*
    ;

// expression [AS alias].
projectionItem
    : expression (AS variable)?
    ;

// ORDER BY sort item, ...
orderClause
    : ORDER BY sortItem (COMMA sortItem)*
    ;

// expression [ASC | ASCENDING | DESC | DESCENDING].
sortItem
    : expression (ASC | ASCENDING | DESC | DESCENDING)?
    ;

// SKIP count.
skipClause
    : SKIP_KW expression
    ;

// LIMIT count.
limitClause
    : LIMIT expression
    ;

// ========================================================================= subqueries and procedures

// CALL { query }: a subquery run once per incoming row; it imports variables with a leading WITH,
// or with a scope clause: CALL (a, b) { … }, CALL (*) { … }, CALL () { … }. IN TRANSACTIONS is
// parsed so that it can be refused by name.
callSubqueryClause
    : CALL callScope? LBRACE query RBRACE (IN inTransactions=symbolicName)?
    ;

callScope
    : LPAREN (STAR | variable (COMMA variable)*)? RPAREN
    ;

// CALL ns.proc(args) [YIELD …], or CALL ns.proc alone, whose arguments come from parameters.
callProcedureClause
    : CALL procedureName (LPAREN (expression (COMMA expression)*)? RPAREN)? yieldClause?
    ;

// A procedure name with its namespace; past the first dot reserved words are names too.
procedureName
    : symbolicName (DOT schemaName)*
    ;

// YIELD *, or YIELD field [AS variable], … [WHERE predicate].
yieldClause
    : YIELD STAR
    | YIELD yieldItem (COMMA yieldItem)* whereClause?
    ;

// field [AS variable].
yieldItem
    : field=symbolicName (AS variable)?
    ;

// =============================================================================== updating clauses

// The clauses that may stand in the body of FOREACH.
updatingClause
    : createClause
    | mergeClause
    | setClause
    | removeClause
    | deleteClause
    | foreachClause
    ;

// FOREACH (variable IN list | updating clauses).
foreachClause
    : FOREACH LPAREN variable IN expression PIPE updatingClause+ RPAREN
    ;

// CREATE pattern.
createClause
    : CREATE pattern
    ;

// MERGE pattern part, then any number of ON CREATE SET and ON MATCH SET actions.
mergeClause
    : MERGE patternPart mergeAction*
    ;

// ON CREATE SET ... or ON MATCH SET ...
mergeAction
    : ON (CREATE | MATCH) setClause
    ;

// SET item, ...
setClause
    : SET setItem (COMMA setItem)*
    ;

// One assignment of SET.
setItem
    : propertyExpression EQ expression      # setPropertyItem
    | variable EQ expression                # replacePropertiesItem
    | variable PLUS_EQ expression           # mergePropertiesItem
    | variable nodeLabels                   # setLabelsItem
    ;

// REMOVE item, ...
removeClause
    : REMOVE removeItem (COMMA removeItem)*
    ;

// One item of REMOVE: labels of a variable, or a property.
removeItem
    : variable nodeLabels                   # removeLabelsItem
    | propertyExpression                    # removePropertyItem
    ;

// [DETACH] DELETE expression, ...
deleteClause
    : DETACH? DELETE expression (COMMA expression)*
    ;

// The target of SET and REMOVE: a property of a variable or of a parenthesised expression.
propertyExpression
    : atom (DOT propertyKeyName)+
    ;

// :Label:Other, the plain label list of SET and REMOVE.
nodeLabels
    : (COLON labelName)+
    ;

// ========================================================================= multiple-graph clauses

// FROM [GRAPH] name: the graph the following clauses read.
fromGraphClause
    : FROM GRAPH? graphReference
    ;

// USE [GRAPH] name: the graph the query runs on.
useGraphClause
    : USE GRAPH? graphReference
    ;

// CONSTRUCT [ON g, …] [CLONE x [AS y], …] then CREATE and SET clauses: builds a new graph.
constructClause
    : CONSTRUCT (ON graphReference (COMMA graphReference)*)? (CLONE cloneItem (COMMA cloneItem)*)?
        (createClause | setClause)*
    ;

// An element copied into the constructed graph, maybe under a new name.
cloneItem
    : expression (AS variable)?
    ;

// RETURN GRAPH: the query's result is the graph it constructed.
returnGraphClause
    : RETURN GRAPH
    ;

// A graph a query reads: a catalog name, a stored version of one (archive.social@3), a view applied
// to graphs (friendsOf(session.social)), or, inside a view, one of its parameters ($g).
graphReference
    : graphName AT version=DECIMAL_INTEGER
    | graphName (LPAREN (graphReference (COMMA graphReference)*)? RPAREN)?
    | parameter
    ;

// A graph in the catalog: name or namespace.name (a name may itself contain dots).
graphName
    : symbolicName (DOT schemaName)*
    ;

// ======================================================================================= patterns

// Comma-separated pattern parts.
pattern
    : patternPart (COMMA patternPart)*
    ;

// [path =] path pattern.
patternPart
    : (variable EQ)? pathPattern
    ;

// A path, or a shortest-path search over one.
pathPattern
    : SHORTESTPATH LPAREN patternElement RPAREN        # shortestPathPattern
    | ALLSHORTESTPATHS LPAREN patternElement RPAREN    # allShortestPathsPattern
    | patternElement                                    # plainPathPattern
    ;

// A node followed by relationship-and-node steps; may be wrapped in parentheses.
patternElement
    : nodePattern patternStep*
    | LPAREN patternElement RPAREN
    ;

// A pattern used as an expression: at least one relationship, so (a) alone stays a variable.
relationshipsPattern
    : nodePattern patternStep+
    ;

// One hop: a relationship and the node it reaches.
patternStep
    : relationshipPattern nodePattern
    ;

// (variable :labels {properties} WHERE predicate), every part optional.
nodePattern
    : LPAREN variable? labelExpression? properties? whereClause? RPAREN
    ;

// -[...]->, <-[...]-, -[...]-, <-[...]->, and the same without brackets (-->, <--, --). openCypher
// also allows typographic dashes and angle brackets here (see UNICODE_DASH and the arrow heads).
relationshipPattern
    : leftArrow=(LT | UNICODE_LEFT_ARROW_HEAD)? dash relationshipDetail? dash
        rightArrow=(GT | UNICODE_RIGHT_ARROW_HEAD)?
    ;

// One dash of a relationship pattern.
dash
    : DASH
    | UNICODE_DASH
    ;

// [variable :TYPES *range {properties} WHERE predicate], every part optional.
relationshipDetail
    : LBRACK variable? labelExpression? lengthRange? properties? whereClause? RBRACK
    ;

// The * of a variable-length relationship: *, *n, *n.., *..m, *n..m.
lengthRange
    : STAR lower=DECIMAL_INTEGER? (RANGE upper=DECIMAL_INTEGER?)?
    ;

// The property map of a node or relationship pattern: a map literal or a parameter.
properties
    : mapLiteral
    | parameter
    ;

// ============================================================================== label expressions

// :expression after a variable in a pattern. | binds loosest, then & and :, then !.
labelExpression
    : COLON labelDisjunction
    ;

// A|B, and the older form A|:B for relationship types.
labelDisjunction
    : labelConjunction (PIPE COLON? labelConjunction)*
    ;

// A&B, and the older form A:B.
labelConjunction
    : labelNegation ((AMP | COLON) labelNegation)*
    ;

// !A.
labelNegation
    : BANG labelNegation
    | labelPrimary
    ;

// A name, the wildcard %, or a parenthesised label expression.
labelPrimary
    : labelName
    | PERCENT
    | LPAREN labelDisjunction RPAREN
    ;

// ==================================================================================== expressions
// From the loosest operator to the tightest, as openCypher orders them.

expression
    : orExpression
    ;

// a OR b.
orExpression
    : xorExpression (OR xorExpression)*
    ;

// a XOR b.
xorExpression
    : andExpression (XOR andExpression)*
    ;

// a AND b.
andExpression
    : notExpression (AND notExpression)*
    ;

// NOT a.
notExpression
    : NOT notExpression
    | comparisonExpression
    ;

// a = b, a < b <= c (a chain compares each neighbouring pair).
comparisonExpression
    : predicateExpression (comparisonOperator predicateExpression)*
    ;

comparisonOperator
    : EQ | NEQ | LT | GT | LTE | GTE
    ;

// String, list and null predicates, applied left to right.
predicateExpression
    : additiveExpression predicateSuffix*
    ;

predicateSuffix
    : STARTS WITH additiveExpression        # startsWithSuffix
    | ENDS WITH additiveExpression          # endsWithSuffix
    | CONTAINS additiveExpression           # containsSuffix
    | REGEX_MATCH additiveExpression        # regexMatchSuffix
    | IN additiveExpression                 # inSuffix
    | IS NOT? NULL                          # isNullSuffix
    ;

// a + b, a - b.
additiveExpression
    : multiplicativeExpression (additiveOperator multiplicativeExpression)*
    ;

additiveOperator
    : PLUS | DASH
    ;

// a * b, a / b, a % b.
multiplicativeExpression
    : powerExpression (multiplicativeOperator powerExpression)*
    ;

multiplicativeOperator
    : STAR | SLASH | PERCENT
    ;

// a ^ b, left-associative as in openCypher.
powerExpression
    : unaryExpression (CARET unaryExpression)*
    ;

// -a, +a.
unaryExpression
    : (PLUS | DASH) unaryExpression
    | postfixExpression
    ;

// An atom followed by property lookups, label tests, subscripts and slices.
postfixExpression
    : atom postfix*
    ;

postfix
    : DOT propertyKeyName                                           # propertyLookup
    // Only A:B, A&B, !A and (A|B) here: a bare | would be ambiguous in [x IN l WHERE x:A | x]. The
    // : of A:B starts a new label test rather than continuing this one, so that n:A:B reads one way
    // only; the builder joins consecutive tests into one conjunction.
    | COLON labelNegation (AMP labelNegation)*                      # labelTest
    | LBRACK expression RBRACK                                      # subscript
    | LBRACK from=expression? RANGE to=expression? RBRACK           # slice
    ;

// The operands of all operators. Where two alternatives read the same text the first wins, so
// comprehensions come before list literals: [x IN l] is a comprehension, not [(x IN l)].
atom
    : parameter                                                                 # parameterAtom
    | CASE subject=expression? caseAlternative+ (ELSE otherwise=expression)? END  # caseAtom
    | COUNT LPAREN STAR RPAREN                                                  # countStarAtom
    | EXISTS LBRACE subqueryBody RBRACE                                         # existsSubqueryAtom
    | COUNT LBRACE subqueryBody RBRACE                                          # countSubqueryAtom
    | COLLECT LBRACE query RBRACE                                               # collectSubqueryAtom
    | (SHORTESTPATH | ALLSHORTESTPATHS) LPAREN patternElement RPAREN            # shortestPathAtom
    | LBRACK variable IN list=expression (WHERE filter=expression)?
        (PIPE projection=expression)? RBRACK                                    # listComprehensionAtom
    | LBRACK (variable EQ)? relationshipsPattern (WHERE filter=expression)?
        PIPE projection=expression RBRACK                                       # patternComprehensionAtom
    | literal                                                                   # literalAtom
    | quantifier LPAREN variable IN list=expression (WHERE filter=expression)? RPAREN  # quantifiedAtom
    | REDUCE LPAREN accumulator=variable EQ initial=expression COMMA
        element=variable IN list=expression PIPE step=expression RPAREN       # reduceAtom
    | relationshipsPattern                                                      # patternAtom
    | LPAREN expression RPAREN                                                  # parenthesizedAtom
    | functionName LPAREN DISTINCT? (expression (COMMA expression)*)? RPAREN    # functionCallAtom
    | variable LBRACE (mapProjectionItem (COMMA mapProjectionItem)*)? RBRACE    # mapProjectionAtom
    | variable                                                                  # variableAtom
    ;

// The body of EXISTS { } and COUNT { }: a whole query, or a pattern with an optional WHERE.
subqueryBody
    : query
    | pattern whereClause?
    ;

// WHEN condition THEN result.
caseAlternative
    : WHEN condition=expression THEN result=expression
    ;

// all, any, none, single over a list.
quantifier
    : ALL | ANY | NONE | SINGLE
    ;

// A function name, maybe in a namespace: count, date.truncate, apoc.create.node. Past the first
// dot reserved words are names too; before it they are not, so NOT(x) stays a negation.
functionName
    : symbolicName (DOT schemaName)*
    | EXISTS
    ;

// One selector of a map projection n{...}.
mapProjectionItem
    : propertyKeyName COLON expression       # literalEntrySelector
    | DOT propertyKeyName                    # propertySelector
    | DOT STAR                               # allPropertiesSelector
    | variable                               # variableSelector
    ;

// ======================================================================================= literals

literal
    : numberLiteral                          # numberAtom
    | STRING_LITERAL                         # stringAtom
    | TRUE                                   # trueAtom
    | FALSE                                  # falseAtom
    | NULL                                   # nullAtom
    | listLiteral                            # listAtom
    | mapLiteral                             # mapAtom
    ;

numberLiteral
    : DECIMAL_INTEGER
    | HEX_INTEGER
    | OCTAL_INTEGER
    | FLOAT
    ;

// [a, b, c].
listLiteral
    : LBRACK (expression (COMMA expression)*)? RBRACK
    ;

// {key: value, ...}.
mapLiteral
    : LBRACE (mapEntry (COMMA mapEntry)*)? RBRACE
    ;

mapEntry
    : propertyKeyName COLON expression
    ;

// $name or $0.
parameter
    : DOLLAR (schemaName | DECIMAL_INTEGER)
    ;

// ========================================================================================== names

variable
    : symbolicName
    ;

labelName
    : schemaName
    ;

propertyKeyName
    : schemaName
    ;

// Where only a label, type or key can stand, reserved words are names too.
schemaName
    : symbolicName
    | reservedWord
    ;

// A name: an identifier, a `quoted name`, or a keyword openCypher does not reserve.
symbolicName
    : IDENTIFIER
    | ESCAPED_NAME
    | COUNT | ANY | NONE | SINGLE | REDUCE | SHORTESTPATH | ALLSHORTESTPATHS | EXPLAIN | PROFILE
    | COLLECT | CALL | YIELD | FOREACH | FROM | USE | GRAPH | CONSTRUCT | CLONE | CATALOG | VIEW | DROP
    ;

// The words openCypher reserves.
reservedWord
    : ALL | AND | AS | ASC | ASCENDING | BY | CASE | CONTAINS | CREATE | DELETE | DESC | DESCENDING
    | DETACH | DISTINCT | ELSE | END | ENDS | EXISTS | FALSE | IN | IS | LIMIT | MATCH | MERGE | NOT
    | NULL | ON | OPTIONAL | OR | ORDER | REMOVE | RETURN | SET | SKIP_KW | STARTS | THEN | TRUE
    | UNION | UNWIND | WHEN | WHERE | WITH | XOR
    ;

// ========================================================================================== lexer

// Keywords come before IDENTIFIER so that a keyword wins a tie of equal length.
ALL              : 'ALL';
ALLSHORTESTPATHS : 'ALLSHORTESTPATHS';
AND              : 'AND';
ANY              : 'ANY';
AS               : 'AS';
ASC              : 'ASC';
ASCENDING        : 'ASCENDING';
BY               : 'BY';
CALL             : 'CALL';
CASE             : 'CASE';
CATALOG          : 'CATALOG';
CLONE            : 'CLONE';
COLLECT          : 'COLLECT';
CONSTRUCT        : 'CONSTRUCT';
CONTAINS         : 'CONTAINS';
COUNT            : 'COUNT';
CREATE           : 'CREATE';
DELETE           : 'DELETE';
DESC             : 'DESC';
DESCENDING       : 'DESCENDING';
DETACH           : 'DETACH';
DISTINCT         : 'DISTINCT';
DROP             : 'DROP';
ELSE             : 'ELSE';
END              : 'END';
ENDS             : 'ENDS';
EXISTS           : 'EXISTS';
EXPLAIN          : 'EXPLAIN';
FALSE            : 'FALSE';
FOREACH          : 'FOREACH';
FROM             : 'FROM';
GRAPH            : 'GRAPH';
IN               : 'IN';
IS               : 'IS';
LIMIT            : 'LIMIT';
MATCH            : 'MATCH';
MERGE            : 'MERGE';
NONE             : 'NONE';
NOT              : 'NOT';
NULL             : 'NULL';
ON               : 'ON';
OPTIONAL         : 'OPTIONAL';
OR               : 'OR';
ORDER            : 'ORDER';
PROFILE          : 'PROFILE';
REDUCE           : 'REDUCE';
REMOVE           : 'REMOVE';
RETURN           : 'RETURN';
SET              : 'SET';
SHORTESTPATH     : 'SHORTESTPATH';
SINGLE           : 'SINGLE';
// Named with a suffix: the generated lexer already has a SKIP constant.
SKIP_KW          : 'SKIP';
STARTS           : 'STARTS';
THEN             : 'THEN';
TRUE             : 'TRUE';
UNION            : 'UNION';
UNWIND           : 'UNWIND';
USE              : 'USE';
VIEW             : 'VIEW';
WHEN             : 'WHEN';
WHERE            : 'WHERE';
WITH             : 'WITH';
XOR              : 'XOR';
YIELD            : 'YIELD';

// Numbers. A run of digits and letters that is none of these is INVALID_NUMBER (for example 0x1G,
// 0o8, 1.5e), so that the parser reports the whole literal rather than its valid prefix.
HEX_INTEGER      : '0x' [0-9a-f]+;
OCTAL_INTEGER    : '0o' [0-7]+;
FLOAT            : [0-9]+ '.' [0-9]+ EXPONENT? | '.' [0-9]+ EXPONENT? | [0-9]+ EXPONENT;
DECIMAL_INTEGER  : [0-9]+;
INVALID_NUMBER   : [0-9] ([0-9a-z_] | '.' [0-9] | 'e' [+-])*;
fragment EXPONENT : 'e' [+-]? [0-9]+;

// Strings keep their quotes and escapes here; the AST builder resolves the escapes.
STRING_LITERAL   : '\'' (~['\\] | '\\' .)* '\'' | '"' (~["\\] | '\\' .)* '"';

// A `quoted name`; a doubled backtick stands for one backtick.
ESCAPED_NAME     : '`' (~'`' | '``')* '`';

IDENTIFIER       : [\p{ID_Start}\p{Pc}] [\p{ID_Continue}]*;

// Operators and punctuation.
PLUS_EQ          : '+=';
REGEX_MATCH      : '=~';
NEQ              : '<>';
LTE              : '<=';
GTE              : '>=';
RANGE            : '..';
EQ               : '=';
LT               : '<';
GT               : '>';
PLUS             : '+';
DASH             : '-';
STAR             : '*';
SLASH            : '/';
PERCENT          : '%';
CARET            : '^';
LPAREN           : '(';
RPAREN           : ')';
LBRACK           : '[';
RBRACK           : ']';
LBRACE           : '{';
RBRACE           : '}';
COMMA            : ',';
DOT              : '.';
COLON            : ':';
SEMICOLON        : ';';
DOLLAR           : '$';
AT               : '@';
PIPE             : '|';
AMP              : '&';
BANG             : '!';

// The typographic dashes and angle brackets openCypher accepts in relationship patterns: the soft
// hyphen, the hyphens and dashes U+2010 to U+2015, the minus sign, and the small and fullwidth
// hyphen-minus; and the mathematical, CJK, small and fullwidth angle brackets.
UNICODE_DASH             : [\u00AD\u2010-\u2015\u2212\uFE58\uFE63\uFF0D];
UNICODE_LEFT_ARROW_HEAD  : [\u27E8\u3008\uFE64\uFF1C];
UNICODE_RIGHT_ARROW_HEAD : [\u27E9\u3009\uFE65\uFF1E];

// Layout.
WHITESPACE       : [ \t\r\n\u000B\u000C\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+ -> skip;
LINE_COMMENT     : '//' ~[\r\n]* -> skip;
BLOCK_COMMENT    : '/*' .*? '*/' -> skip;

// Any other character, and an unterminated string or name. The lexer never fails: the parser
// meets this token and reports it with the language's words.
UNKNOWN          : .;
