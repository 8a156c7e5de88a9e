package org.mla.para.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mla.para.model.Adjustment;
import org.mla.para.model.Claim;

/**
 * The maintainers' guide lists every fact, field and method a rule may use: the types of
 * {@code org.mla.para.model.scoring}, every claim type, reviewers' adjustments, and every type of
 * the model they reach through their public methods. A method or constant added to the model
 * without a line in the guide fails this test, naming it.
 */
class RuleVocabularyGuideTests {

    private static final Path GUIDE = Path.of("../docs/maintaining-rules.md");
    private static final String SECTION = "## Reference: what a rule may use";
    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "values", "valueOf",
            "compareTo", "name", "ordinal", "getDeclaringClass", "describeConstable");

    @Test
    void theGuidesReferenceNamesEveryFactFieldAndMethodARuleMayUse() throws IOException {
        String reference = referenceSection();
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : vocabulary()) {
            if (!reference.contains("`" + type.getSimpleName() + "`") && !reference.contains(type.getSimpleName() + "(")
                    && !reference.contains("### " + type.getSimpleName())) {
                missing.add(type.getSimpleName());
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
                        && !OBJECT_METHODS.contains(method.getName()) && !isBuilding(method)
                        && !reference.contains(method.getName() + "(")) {
                    missing.add(type.getSimpleName() + "." + method.getName() + "()");
                }
            }
            for (Object constant : type.isEnum() ? type.getEnumConstants() : new Object[0]) {
                if (!reference.contains(((Enum<?>) constant).name())) {
                    missing.add(type.getSimpleName() + "." + ((Enum<?>) constant).name());
                }
            }
        }
        assertThat(missing).as("missing from \"" + SECTION + "\" in " + GUIDE).isEmpty();
    }

    @Test
    void theVocabularyReachesTheScoringFactsTheClaimsAndTheValuesTheyHold() {
        assertThat(vocabulary()).extracting(Class::getSimpleName)
                .contains("ClaimScore", "ClaimScores", "Cap", "AcceptedEvidence", "Tally", "Workshop", "LibraryEmployment",
                        "AreaShare", "EvidenceKind", "Note", "Adjustment", "AdjustmentAction", "HeldLevel");
    }

    /**
     * A claim's {@code of(id, title)} and {@code with...} methods build values in Java (an
     * embedding application's portfolio); a rule reads facts and never builds a claim.
     */
    private static boolean isBuilding(Method method) {
        Class<?> type = method.getDeclaringClass();
        boolean claimOrPortfolio = !type.getPackageName().endsWith(".scoring");
        boolean factory = Modifier.isStatic(method.getModifiers()) && method.getName().equals("of");
        boolean copy = method.getName().startsWith("with") && method.getReturnType() == type;
        return claimOrPortfolio && (factory || copy);
    }

    private static String referenceSection() throws IOException {
        String guide = Files.readString(GUIDE);
        int start = guide.indexOf(SECTION);
        assertThat(start).as(GUIDE + " has a section \"" + SECTION + "\"").isNotNegative();
        int end = guide.indexOf("\n## ", start + SECTION.length());
        return end < 0 ? guide.substring(start) : guide.substring(start, end);
    }

    /** The scoring facts, the claims and adjustments, and every model type their public methods take or give. */
    private static Set<Class<?>> vocabulary() {
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (JavaClass scoring : new ClassFileImporter().importPackages("org.mla.para.model.scoring")) {
            if (scoring.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                todo.add(scoring.reflect());
            }
        }
        todo.add(Claim.class);
        todo.addAll(List.of(Claim.class.getPermittedSubclasses()));
        todo.add(Adjustment.class);
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type)) {
                continue;
            }
            todo.addAll(List.of(type.getInterfaces()).stream().filter(RuleVocabularyGuideTests::isModel).toList());
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                addModelTypes(method.getGenericReturnType(), todo);
                for (Type parameter : method.getGenericParameterTypes()) {
                    addModelTypes(parameter, todo);
                }
            }
        }
        return seen;
    }

    private static void addModelTypes(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            Class<?> element = c.isArray() ? c.getComponentType() : c;
            if (isModel(element)) {
                todo.add(element);
            }
        } else if (type instanceof ParameterizedType p) {
            addModelTypes(p.getRawType(), todo);
            for (Type argument : p.getActualTypeArguments()) {
                addModelTypes(argument, todo);
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("org.mla.para.model.") && !name.contains(".internal.") && !name.contains(".constraints.")
                && Modifier.isPublic(type.getModifiers());
    }
}
