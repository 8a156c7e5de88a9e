package org.mla.para.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON mistakes people make by hand, each said in their words with the place it is at. */
class JsonSyntaxTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"a": 1 "b": 2}        | 1:9  | a comma is missing between two fields, or a quote is not closed
            {"a": [1 2]}           | 1:10 | a comma is missing between two values of a list, or a quote is not closed
            {"a": 1,}              | 1:9  | a comma after the last field: remove it
            {'a': 1}               | 1:2  | a field's name must be in double quotes ("), not single quotes (')
            {a: 1}                 | 1:2  | a field's name must be in double quotes ("name")
            {"a" 1}                | 1:6  | a colon (:) is missing between a field's name and its value
            {"a": [1,]}            | 1:10 | a value is missing before this ] (a comma after the last value?)
            {"a": 'x'}             | 1:7  | a text must be in double quotes ("), not single quotes (')
            {"a": 1                | 1:8  | the file ends too early: a closing } or ] is missing
            {"a": "x}              | 1:10 | the file ends inside a text: a closing quote (") is missing
            {"a": [1}              | 1:9  | a ] is missing before this }
            {"a": 1}}              | 1:9  | this } closes nothing: remove it
            {"a": 1} {}            | 1:10 | there is more text after the closing } of the object: remove it, or move it inside
            {"a": 1, "a": 2}       | 1:13 | the field "a" is given twice: keep one of them
            {"a": abc}             | 1:7  | "abc" is not a JSON value: a text must be written in double quotes
            {/* note */ "a": 1}    | 1:2  | JSON cannot hold comments (// or /* */): remove them
            {"a": "\\q"}           | 1:9  | a backslash (\\) in a text starts an escape such as \\n or \\": write \\\\ for a backslash itself
            {"a": 01}              | 1:8  | a number is written as JSON cannot read it (no leading zeroes, no thousands separators)
            {"a": 1 ; "b": 2}      | 1:9  | a comma is missing between two fields, or a quote is not closed
            {"a": #}               | 1:7  | "#" cannot stand here: a value, a comma or a closing } or ] was expected
            """)
    void eachMistakeIsSaidInPlainWordsAtItsPlace(String json, String at, String explanation) {
        JsonProcessingException e = catchThrowableOfType(() -> PortfolioReader.MAPPER.readTree(json), JsonProcessingException.class);

        assertThat(JsonSyntax.lineAndColumn(e)).isEqualTo(at);
        assertThat(JsonSyntax.explain(e)).isEqualTo(explanation);
    }
}
