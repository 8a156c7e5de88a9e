package org.mla.para.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.mla.para.engine.Edition;
import org.mla.para.engine.Problem;
import org.mla.para.engine.RuleEditionException;

/**
 * An edition whose rules are compiled into a Drools {@link KieBase}, once. A KieBase is
 * thread-safe; every assessment opens its own session on it.
 */
public record CompiledEdition(Edition edition, KieBase kieBase, EditionSource source, KieSessionsPool sessions,
        boolean precompiled, RuleIndex rules) {


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
            RuleIndex index = RuleIndex.of(source);
            if (precompiled != null && sameRules(precompiled, index)) {
                return new CompiledEdition(source.edition(), precompiled, source,
                        precompiled.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), true, index);
            }
            if (precompiled != null) {
                LOG.warn("the precompiled rules of bundled edition {} are not those of its rule files (a stale or second "
                        + "para-rules on the class path?); compiling the rule files instead", source.edition().id());
            }
        }
        return compileNow(source);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompiledEdition.class);

    /**
     * Whether a precompiled KieBase holds exactly the rules the edition's files declare: the
     * model is found by package, so a model from another build or another edition sharing the
     * package must not pass for this edition's rules.
     */
    private static boolean sameRules(KieBase kieBase, RuleIndex index) {
        java.util.Set<String> declared = index.names();
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

    /**
     * Compiles the rules of {@code source} with Drools' classic compiler. It compiles a folder in
     * about half the time the executable model takes, and it knows which rule a {@code then}
     * part's error belongs to; the bundled editions still run from the executable model their
     * build precompiled, and a test holds both to the same results. Every problem names the
     * file, the line and the rule.
     */
    public static CompiledEdition compileNow(EditionSource source) {
        RuleIndex index = RuleIndex.of(source);
        java.util.concurrent.CompletableFuture<List<Problem>> lint =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> RuleLint.check(source, index));
        List<Problem> problems = new ArrayList<>(index.structureProblems());
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        index.structureProblems().forEach(p -> unreadable.add(p.path().replaceAll(":\\d+:\\d+$", "")));
        Map<String, String> shownAs = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, Resource> resources = new java.util.LinkedHashMap<>();
        source.rules().forEach((name, text) -> {
            String file = source.location() + "/" + name;
            shownAs.put(name, file);
            texts.put(file, text);
            if (!unreadable.contains(file)) { // a rule without its end, unbalanced brackets: Drools would only confuse
                Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                resource.setSourcePath(name);
                resources.put(name, resource);
            }
        });
        KnowledgeBuilderImpl builder = build(resources, problems, shownAs);
        problems.addAll(DrlProblems.of(new ArrayList<>(builder.getErrors()), builder, shownAs, texts, index, source.location()));
        problems.addAll(0, lint.join());
        if (!problems.isEmpty()) {
            throw new RuleEditionException(distinct(problems));
        }
        KieBase kieBase = builder.newKieBase();
        // Sessions are reset and reused rather than built per assessment: building one costs more than most assessments.
        return new CompiledEdition(source.edition(), kieBase, source,
                kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), false, index);
    }

    /** All files in one batch; when Drools' compiler fails outright, file by file, so that the failure names its file. */
    private static KnowledgeBuilderImpl build(Map<String, Resource> resources, List<Problem> problems, Map<String, String> shownAs) {
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
        try {
            org.kie.internal.builder.CompositeKnowledgeBuilder batch = builder.batch();
            resources.values().forEach(resource -> batch.add(resource, ResourceType.DRL));
            batch.build();
            return builder;
        } catch (RuntimeException crashed) {
            KnowledgeBuilderImpl fileByFile = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
            resources.forEach((name, resource) -> {
                try {
                    fileByFile.add(resource, ResourceType.DRL);
                } catch (RuntimeException e) {
                    problems.add(new Problem(shownAs.get(name), "the rule compiler failed on this file (" + e
                            + "): look for a then part that does not read as Java, such as a modify block"));
                }
            });
            return fileByFile;
        }
    }

    private static List<Problem> distinct(List<Problem> problems) {
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }

    /** The {@code @id} of every rule of the edition. */
    public java.util.Set<String> ruleIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> ids.add(Scorer.idOf(r))));
        return ids;
    }
}
