package org.mla.para.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.mla.para.engine.Edition;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ScenarioResult;
import org.mla.para.engine.internal.CompiledEdition;
import org.mla.para.engine.internal.EditionSource;

/**
 * Run by {@link BundledEditionFolderTests} in a JVM of its own, with a para-rules jar built
 * outside the reactor on its class path: prints what the engine makes of the editions that jar
 * bundles, one fact a line.
 */
public final class BundledEditionsProbe {

    private BundledEditionsProbe() {
    }

    /** Arguments: a portfolio in the JSON format, then dates to register, submit and assess it on. */
    public static void main(String[] args) throws Exception {
        for (EditionSource source : EditionSource.bundled(ParaEngine.class.getClassLoader())) {
            CompiledEdition compiled = CompiledEdition.compile(source);
            System.out.println("edition " + source.location() + " " + source.edition().id() + " from "
                    + source.edition().effectiveFrom() + (compiled.precompiled() ? " precompiled " : " compiled-now ")
                    + compiled.ruleIds().size() + " rules");
        }
        ParaEngine engine = ParaEngine.bundled();
        System.out.println("engine " + String.join(" ", engine.editions().stream().map(Edition::id).toList()));
        String portfolio = Files.readString(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            String on = portfolio;
            for (String field : List.of("registeredOn", "submittedOn")) {
                on = on.replaceFirst("\"" + field + "\"\\s*:\\s*\"[^\"]*\"", "\"" + field + "\": \"" + args[i] + "\"");
            }
            System.out.println("assessed " + args[i] + " by " + engine.assessJson(on, LocalDate.parse(args[i])).edition());
        }
        List<ScenarioResult> results = engine.runScenarios();
        results.stream().filter(r -> !r.passed()).forEach(System.out::println);
        results.stream().map(ScenarioResult::edition).distinct().forEach(edition -> System.out.println("scenarios " + edition + " "
                + results.stream().filter(r -> r.edition().equals(edition) && r.passed()).count() + " passed "
                + results.stream().filter(r -> r.edition().equals(edition) && !r.passed()).count() + " failed"));
    }
}
