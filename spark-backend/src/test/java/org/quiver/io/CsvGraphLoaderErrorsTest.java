package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.parser.error.DataError;

/** Every kind of bad input fails the load with a DataError naming the file, row and column. */
class CsvGraphLoaderErrorsTest {
    @TempDir
    Path dir;

    private GraphFiles files() {
        return new GraphFiles(dir);
    }

    /** Loads {@code dir}, expects a DataError at the position given, and returns it for its reason. */
    private DataError fails(String source, long row, String column) {
        DataError e = assertThrows(DataError.class, () -> LoadedGraph.load(dir));
        assertEquals(source, e.source(), e.getMessage());
        assertEquals(row, e.row(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        return e;
    }

    private static void assertSays(DataError e, String text) {
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void missingNodesDirectory() {
        files().file("relationships/R.csv", ":START_ID,:END_ID");
        assertSays(fails("nodes/", 0, null), "has no nodes/ directory");
    }

    @Test
    void unknownHeaderType() {
        files().file("nodes/P.csv", ":ID,age:number", "1,2");
        assertSays(fails("nodes/P.csv", 1, "age:number"), "unknown type `number`");
    }

    @Test
    void temporalTypeIsNotSupportedYet() {
        files().file("nodes/P.csv", ":ID,born:date", "1,2000-01-01");
        assertSays(fails("nodes/P.csv", 1, "born:date"), "type `date` is not supported yet");
    }

    @Test
    void propertyDeclaredTwice() {
        files().file("nodes/P.csv", ":ID,name,name:string", "1,a,b");
        assertSays(fails("nodes/P.csv", 1, "name:string"), "declared twice");
    }

    @Test
    void nodeFileWithoutId() {
        files().file("nodes/P.csv", "name", "a");
        assertSays(fails("nodes/P.csv", 1, ":ID"), "needs an :ID column");
    }

    @Test
    void relationshipFileWithoutStartOrEndId() {
        files().file("nodes/P.csv", ":ID", "1").file("relationships/R.csv", ":END_ID", "1");
        assertSays(fails("relationships/R.csv", 1, ":START_ID"), "needs a :START_ID column");
        files().file("relationships/R.csv", ":START_ID", "1");
        assertSays(fails("relationships/R.csv", 1, ":END_ID"), "needs an :END_ID column");
    }

    @Test
    void cellThatDoesNotParseAsItsType() {
        files().file("nodes/P.csv", ":ID,name,age:int", "1,a,3", "2,b,three");
        assertSays(fails("nodes/P.csv", 3, "age:int"), "`three` is not a valid int");
    }

    @Test
    void booleanOtherThanTrueOrFalse() {
        files().file("nodes/P.csv", ":ID,ok:boolean", "1,yes");
        assertSays(fails("nodes/P.csv", 2, "ok:boolean"), "expected true or false");
    }

    @Test
    void badArrayElement() {
        files().file("nodes/P.csv", ":ID,xs:int[]", "1,1;two;3");
        fails("nodes/P.csv", 2, "xs:int[]");
    }

    @Test
    void rowWithTooFewFields() {
        files().file("nodes/P.csv", ":ID,name,age:int", "1,a,1", "2,b");
        assertSays(fails("nodes/P.csv", 3, "age:int"), "the row has 2 fields but the header has 3");
    }

    @Test
    void rowWithTooManyFields() {
        files().file("nodes/P.csv", ":ID,name", "1,a,extra");
        fails("nodes/P.csv", 2, "#3");
    }

    @Test
    void rowNumbersCountTheLinesOfMultiLineRecords() {
        files().file("nodes/P.csv", ":ID,note,n:int", "1,\"two\nlines\",1", "2,ok,x");
        fails("nodes/P.csv", 4, "n:int");
    }

    @Test
    void unterminatedQuote() {
        files().file("nodes/P.csv", ":ID,name", "1,a", "2,\"never closed", "3,c");
        assertSays(fails("nodes/P.csv", 3, "name"), "unterminated quoted field");
    }

    @Test
    void duplicateNodeIdInOneIdSpaceNamesBothRows() {
        files().file("nodes/A.csv", ":ID(Person)", "x", "y")
                .file("nodes/B.csv", "name,:ID(Person)", "again,y");
        assertSays(fails("nodes/B.csv", 2, ":ID(Person)"),
                "duplicate node id `y` in ID space `Person`: already defined at nodes/A.csv, row 3");
    }

    @Test
    void duplicateNodeIdInTheGlobalSpace() {
        files().file("nodes/A.csv", ":ID", "x", "x");
        assertSays(fails("nodes/A.csv", 3, ":ID"), "in the global ID space");
    }

    @Test
    void emptyNodeId() {
        files().file("nodes/A.csv", ":ID,name", ",a");
        assertSays(fails("nodes/A.csv", 2, ":ID"), "needs an id");
    }

    @Test
    void relationshipToANodeThatDoesNotExist() {
        files().file("nodes/Person.csv", ":ID(Person)", "1", "2")
                .file("relationships/KNOWS.csv", ":START_ID(Person),:END_ID(Person)", "1,2", "2,3");
        assertSays(fails("relationships/KNOWS.csv", 3, ":END_ID(Person)"), "no node has id `3` in ID space `Person`");
    }

    @Test
    void relationshipStartInTheWrongIdSpace() {
        files().file("nodes/Person.csv", ":ID(Person)", "1")
                .file("relationships/KNOWS.csv", ":START_ID,:END_ID(Person)", "1,1");
        assertSays(fails("relationships/KNOWS.csv", 2, ":START_ID"), "in the global ID space");
    }

    @Test
    void emptyTypeCell() {
        files().file("nodes/N.csv", ":ID", "1").file("relationships/R.csv", ":START_ID,:END_ID,:TYPE", "1,1,A", "1,1,");
        assertSays(fails("relationships/R.csv", 3, ":TYPE"), "needs a type");
    }

    @Test
    void sameKeyWithTwoTypesInOneLabelCombination() {
        files().file("nodes/A.csv", ":ID,age:int,:LABEL", "1,3,Person")
                .file("nodes/Person.csv", ":ID,age:string", "2,old");
        assertSays(fails("nodes/Person.csv", 1, "age:string"),
                "property `age` is String here but Integer in nodes/A.csv");
    }

    @Test
    void sameKeyWithTwoTypesInOneRelationshipType() {
        files().file("nodes/N.csv", ":ID", "1")
                .file("relationships/A.csv", ":START_ID,:END_ID,:TYPE,w:int", "1,1,R,1")
                .file("relationships/R.csv", ":START_ID,:END_ID,w:float", "1,1,1.5");
        assertSays(fails("relationships/R.csv", 1, "w:float"), "relationships of type R");
    }

    @Test
    void differentKeyTypesInDifferentCombinationsAreFine() {
        files().file("nodes/A.csv", ":ID,age:int", "1,3").file("nodes/B.csv", ":ID,age:string", "2,old");
        assertEquals(2, LoadedGraph.load(dir).graph().nodeTables().size());
    }

    @Test
    void emptyFileWithoutHeader() {
        files().raw("nodes/A.csv", "");
        assertSays(fails("nodes/A.csv", 1, null), "needs at least a header line");
    }

    @Test
    void textAfterClosingQuote() {
        files().file("nodes/A.csv", ":ID,name", "1,\"a\"b");
        assertSays(fails("nodes/A.csv", 2, "name"), "after a closing quote");
    }

    @Test
    void relationshipColumnInANodeFile() {
        files().file("nodes/A.csv", ":ID,:TYPE", "1,X");
        fails("nodes/A.csv", 1, ":TYPE");
    }

    @Test
    void secondIdColumn() {
        files().file("nodes/A.csv", ":ID,other:ID", "1,2");
        fails("nodes/A.csv", 1, "other:ID");
    }

    @Test
    void fileNameThatGivesNoLabel() {
        files().file("nodes/.csv", ":ID", "1");
        fails("nodes/.csv", 1, ":LABEL");
    }
}
