package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quiver.parser.Ast.*;

import org.junit.jupiter.api.Test;
import org.quiver.parser.ast.UnaryOperator;
import org.quiver.parser.error.SyntaxError;

class LiteralParsingTest {

    @Test
    void integersInEveryBase() {
        assertEquals(lit(42), expr("42"));
        assertEquals(lit(0), expr("0"));
        assertEquals(lit(0x2A), expr("0x2A"));
        assertEquals(lit(0xff), expr("0xff"));
        assertEquals(lit(042), expr("0o42"));
    }

    @Test
    void negativeLiteralIsNegation() {
        assertEquals(unary(UnaryOperator.NEGATE, lit(5)), expr("-5"));
        assertEquals(unary(UnaryOperator.PLUS, lit(5)), expr("+5"));
    }

    @Test
    void largestIntegers() {
        assertEquals(lit(Long.MAX_VALUE), expr("9223372036854775807"));
        assertEquals(lit(Long.MIN_VALUE), expr("-9223372036854775808"));
        assertEquals(lit(Long.MIN_VALUE), expr("-0x8000000000000000"));
        assertEquals(lit(Long.MAX_VALUE), expr("0x7FFFFFFFFFFFFFFF"));
    }

    @Test
    void integerOverflow() {
        assertEquals("IntegerOverflow", detail("RETURN 9223372036854775808"));
        assertEquals("IntegerOverflow", detail("RETURN -9223372036854775809"));
        assertEquals("IntegerOverflow", detail("RETURN 0x8000000000000000"));
        assertEquals("IntegerOverflow", detail("MATCH ()-[*99999999999999999999]->() RETURN 1"));
    }

    @Test
    void floats() {
        assertEquals(lit(3.14), expr("3.14"));
        assertEquals(lit(0.5), expr(".5"));
        assertEquals(lit(1e-3), expr("1e-3"));
        assertEquals(lit(1.5e10), expr("1.5E10"));
        assertEquals(lit(2e3), expr("2e+3"));
    }

    @Test
    void floatOverflow() {
        assertEquals("FloatingPointOverflow", detail("RETURN 1.34E999"));
    }

    @Test
    void invalidNumbers() {
        assertEquals("InvalidNumberLiteral", detail("RETURN 0x1A2b3j4D5E6f7"));
        assertEquals("InvalidNumberLiteral", detail("RETURN 0o1234568"));
        assertEquals("InvalidNumberLiteral", detail("RETURN 1.34E"));
        assertEquals("InvalidNumberLiteral", detail("RETURN 9foo"));
    }

    @Test
    void stringsInBothQuotes() {
        assertEquals(str("it's"), expr("\"it's\""));
        assertEquals(str("say \"hi\""), expr("'say \"hi\"'"));
        assertEquals(str(""), expr("''"));
    }

    @Test
    void stringEscapes() {
        assertEquals(str("\\ ' \" \b \f \n \r \t"), expr("'\\\\ \\' \\\" \\b \\f \\n \\r \\t'"));
        assertEquals(str("é"), expr("'\\u00E9'"));
        assertEquals(str(new String(Character.toChars(0x1F600))), expr("'\\U0001F600'"));
    }

    @Test
    void malformedUnicodeEscapes() {
        assertEquals("InvalidUnicodeLiteral", detail("RETURN '\\u12'"));
        assertEquals("InvalidUnicodeLiteral", detail("RETURN '\\uZZZZ'"));
        assertEquals("InvalidUnicodeLiteral", detail("RETURN '\\UFFFFFFFF'"));
    }

    @Test
    void unknownEscapeIsASyntaxError() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> QueryParser.parse("RETURN 'a\\qb'"));
        assertEquals(1, e.span().orElseThrow().line());
        assertEquals(10, e.span().orElseThrow().column());
    }

    @Test
    void booleansAndNull() {
        assertEquals(bool(true), expr("true"));
        assertEquals(bool(false), expr("FALSE"));
        assertEquals(nul(), expr("Null"));
    }

    @Test
    void quotedNamesWithDoubledBacktick() {
        assertEquals(var("a`b"), expr("`a``b`"));
        assertEquals(var("hello world"), expr("`hello world`"));
    }

    static String detail(String query) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> QueryParser.parse(query));
        return e.detail().orElse("");
    }
}
