package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Point values, thresholds, windows and caps belong to the rule files. This test reads the
 * main Java sources of the model and the engine and fails on any number in code other than 0
 * and 1, except the few listed here with the reason they are not policy.
 */
class NoPolicyNumbersInJavaTests {

    private static final Set<String> ALLOWED = Set.of(
            "AreaSplitValidator.java 100",   // percentages add up to a whole: 100 is what "percent" means
            "Scorer.java 200",               // guard against rules that loop: firings per claim
            "Scorer.java 1_000",             // and its base
            "HypotheticalClaims.java 10",    // how many presentations a gap plan may suggest at most: a search bound
            "PortfolioReader.java 9",        // digits of a decimal in input: a sanity bound against hostile exponents
            "Limits.java 1_000_000",         // operational limits on input size, documented and configurable
            "Limits.java 1_000",
            "AdjustmentCheck.java 1_000_000", // reviewers' points: a sanity bound against typing errors and overflow
            "FeePayment.java 2",             // money has cents: two decimals (the fee and its maximum are policy)
            "FeePayment.java 15",            // digits of an amount: a sanity bound against exponents (the maximum is policy)
            "WorkflowText.java 64",          // lengths of text the operator types: sanity bounds against typing errors
            "WorkflowText.java 254",         // and floods, like Limits (an e-mail address is at most 254 characters)
            "WorkflowText.java 200",
            "WorkflowText.java 5_000",
            "WorkflowJson.java 64",         // characters of a stored amount: reading a corrupt one must stay cheap
            "CheckCorpus.java 12",           // how many years back the rule check dates claims: a search bound
            "CheckCorpus.java 6",            // claims of one type in a check portfolio that probes caps: a search bound
            "DrlProblems.java 3",            // lines Drools' classic compiler adds above a then part: not policy
            "Vocabulary.java 2",             // how many letters a misspelling may be from the word suggested
            "Vocabulary.java 3");            // or a third of the word: not policy

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d[\\d_]*(\\.\\d+)?[lLdDfF]?\\b");

    @Test
    void theModelAndEngineSourcesHoldNoPolicyNumbers() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../para-model/src/main/java"))) {
            assertThat(root).as("run from the para-engine module folder").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher number = NUMBER.matcher(code(Files.readString(file)));
                    while (number.find()) {
                        String literal = number.group().replaceAll("[lLdDfF]$", "");
                        String site = file.getFileName() + " " + literal;
                        if (!literal.equals("0") && !literal.equals("1") && !ALLOWED.contains(site)) {
                            found.add(site);
                        }
                    }
                }
            }
        }
        assertThat(found).as("numbers in Java that may be policy: move them to the rule files").isEmpty();
    }

    /** The source without comments, strings and characters. */
    private static String code(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("//[^\\n]*", "")
                .replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("'(\\\\.|[^'\\\\])*'", "''");
    }
}
