package org.mla.para.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSessionsPool;
import org.mla.para.engine.Edition;
import org.mla.para.engine.Problem;
import org.mla.para.engine.RuleEditionException;

/**
 * An edition whose rules are compiled into a Drools {@link KieBase}, once. A KieBase is
 * thread-safe; every assessment opens its own session on it.
 */
public record CompiledEdition(Edition edition, KieBase kieBase, EditionSource source, KieSessionsPool sessions,
        boolean precompiled) {

    private static final AtomicLong BUILDS = new AtomicLong();
    /** The parser's own position, more precise than the message's: "[ERR 102] Line 5:9 mismatched input". */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (?<line>\\d+):(?<column>\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    /**
     * Where the build precompiled the bundled editions (kie-maven-plugin writes it into
     * {@code para-rules}): the executable model classes, one per rule package.
     */
    static final String PRECOMPILED_INDEX = "META-INF/kie/org.mla.para/para-rules/drools-model";

    /**
     * The edition's rules as a KieBase: for a bundled edition, the model its build
     * precompiled (no rule compilation at start-up); otherwise, or when no precompiled model
     * covers every package of the edition, compiled now.
     */
    public static CompiledEdition compile(EditionSource source) {
        if (source.loader() != null) {
            // No RuleLint here: it parses every file again (a third of a second). The build lints
            // the bundled files: PrecompiledEditionTests compiles them at run time, lint included.
            KieBase precompiled = precompiled(source);
            if (precompiled != null && sameRules(precompiled, source)) {
                return new CompiledEdition(source.edition(), precompiled, source,
                        precompiled.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), true);
            }
            if (precompiled != null) {
                LOG.warn("the precompiled rules of bundled edition {} are not those of its rule files (a stale or second "
                        + "para-rules on the class path?); compiling the rule files instead", source.edition().id());
            }
        }
        return compileNow(source);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompiledEdition.class);
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+(?:\"(?<quoted>(?:[^\"\\\\]|\\\\.)*)\"|(?<plain>\\S+))",
            Pattern.MULTILINE);

    /**
     * Whether a precompiled KieBase holds exactly the rules the edition's files declare: the
     * model is found by package, so a model from another build or another edition sharing the
     * package must not pass for this edition's rules.
     */
    private static boolean sameRules(KieBase kieBase, EditionSource source) {
        java.util.Set<String> declared = new java.util.TreeSet<>();
        source.rules().values().forEach(text -> {
            Matcher rule = RULE_NAME.matcher(text);
            while (rule.find()) {
                declared.add(rule.group("quoted") != null ? rule.group("quoted") : rule.group("plain"));
            }
        });
        java.util.Set<String> compiled = new java.util.TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> compiled.add(r.getName())));
        return declared.equals(compiled);
    }

    /** The precompiled model of every package of a bundled edition, or null when one is missing. */
    private static KieBase precompiled(EditionSource source) {
        java.net.URL index = source.loader().getResource(PRECOMPILED_INDEX);
        if (index == null) {
            LOG.debug("no precompiled rules on the class path ({}); compiling bundled edition {}", PRECOMPILED_INDEX,
                    source.edition().id());
            return null;
        }
        List<String> modelClasses;
        try (java.io.InputStream in = index.openStream()) {
            modelClasses = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.contains(":")).toList();
        } catch (java.io.IOException e) {
            return null;
        }
        List<org.drools.model.Model> models = new ArrayList<>();
        for (String pack : source.packages()) {
            String model = modelClasses.stream().filter(c -> c.substring(0, Math.max(0, c.lastIndexOf('.'))).equals(pack))
                    .findFirst().orElse(null);
            if (model == null) {
                return null;
            }
            try {
                models.add((org.drools.model.Model) source.loader().loadClass(model).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                LOG.warn("cannot load the precompiled rules {} of bundled edition {} ({}); compiling the rule files instead",
                        model, source.edition().id(), e.toString());
                return null;
            }
        }
        return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Compiles the rules of {@code source} with the executable model; problems name file, line and column. */
    public static CompiledEdition compileNow(EditionSource source) {
        KieServices kie = KieServices.Factory.get();
        // A release id of its own per build: editions can be compiled side by side without clashing.
        ReleaseId releaseId = kie.newReleaseId("org.mla.para.editions", "edition-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, String> shownAs = new HashMap<>();
        source.rules().forEach((name, text) -> {
            String path = "src/main/resources/" + packageFolder(text) + "/" + name;
            files.write(path, text);
            shownAs.put(path, source.location() + "/" + name);
        });
        List<Problem> problems = new ArrayList<>(RuleLint.check(source));
        KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(problem(message, shownAs, source.location()));
        }
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new RuleEditionException(problems);
        }
        KieBase kieBase = kie.newKieContainer(releaseId).getKieBase();
        kie.getRepository().removeKieModule(releaseId);
        // Sessions are reset and reused rather than built per assessment: building one costs more than most assessments.
        return new CompiledEdition(source.edition(), kieBase, source,
                kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), false);
    }

    /** A Drools message as {@code file:line:col: text}, with the file as the maintainer knows it. */
    private static Problem problem(Message message, Map<String, String> shownAs, String location) {
        String file = location;
        if (message.getPath() != null) {
            file = shownAs.entrySet().stream().filter(e -> e.getKey().endsWith(message.getPath()))
                    .map(Map.Entry::getValue).findFirst().orElse(message.getPath());
        }
        String text = message.getText().strip();
        int line = message.getLine();
        int column = message.getColumn();
        Matcher position = PARSER_POSITION.matcher(text);
        if (position.find()) {
            line = Integer.parseInt(position.group("line"));
            column = Integer.parseInt(position.group("column"));
            text = text.substring(position.end()).strip();
        }
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return new Problem(where, text);
    }

    /** The {@code @id} of every rule of the edition. */
    public java.util.Set<String> ruleIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> ids.add(Scorer.idOf(r))));
        return ids;
    }

    private static String packageFolder(String drl) {
        Matcher matcher = PACKAGE.matcher(drl);
        return matcher.find() ? matcher.group(1).replace('.', '/') : "rules";
    }
}
