package org.mla.para.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.RuleEditionException;
import picocli.CommandLine.Option;

/** The options every command that assesses shares: which rules, and the date for unsubmitted portfolios. */
final class EngineOptions {

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", converter = DateConverter.class,
            description = "assessment date for portfolios without submittedOn (default: today in Massachusetts)")
    LocalDate asOf;

    @Option(names = "--rules", paramLabel = "DIR", description = "use the rule editions in DIR instead of the bundled ones")
    Path rules;

    /** The engine, or null after printing why the rules cannot be used. */
    ParaEngine engine(PrintWriter err) {
        try {
            return rules == null ? BundledEngine.get() : ParaEngine.fromDirectory(rules);
        } catch (RuleEditionException e) {
            e.problems().forEach(err::println);
            return null;
        }
    }
}
