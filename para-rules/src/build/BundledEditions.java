import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Run by para-rules' build before the rules are compiled: every folder under
 * {@code org/mla/para/rules/} that holds an {@code edition.json} is a bundled edition. Writes
 * their list (the {@code META-INF/para-editions} the engine reads) and checks what the rule
 * compiler would otherwise get wrong or report obscurely: each edition's rule files must declare
 * the Java package of their folder, and the folder's name must be able to name one.
 *
 * <p>Usage: {@code java BundledEditions.java RESOURCES OUTPUT [SHOWN_FROM [PROBLEMS]]}: the
 * resources folder, the list to write, the folder that paths in messages are relative to, and
 * where to write the problems. When there is any problem, nothing else is written, and the
 * problems, one a line, go to PROBLEMS (and the program ends normally, for the build to report
 * them as its failure; the file is left empty when there is none), or without it to the
 * standard error (and the exit status is 1).
 *
 * <p>A single-file program, run by the JDK's source launcher: nothing to compile or install.
 */
public final class BundledEditions {

    static final String EDITIONS = "org/mla/para/rules";
    static final String DESCRIPTOR = "edition.json";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([^;\\s]*)\\s*;?.*$");
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
            "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
            "null", "_");

    private final Path resources;
    private final Path shownFrom;
    private final List<String> problems = new ArrayList<>();

    private BundledEditions(Path resources, Path shownFrom) {
        this.resources = resources;
        this.shownFrom = shownFrom;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java BundledEditions.java RESOURCES OUTPUT [SHOWN_FROM [PROBLEMS]]");
            System.exit(2);
        }
        Path resources = Path.of(args[0]).toAbsolutePath().normalize();
        Path output = Path.of(args[1]).toAbsolutePath().normalize();
        Path shownFrom = Path.of(args.length > 2 ? args[2] : "").toAbsolutePath().normalize();
        Path problemsFile = args.length > 3 ? Path.of(args[3]).toAbsolutePath().normalize() : null;
        BundledEditions run = new BundledEditions(resources, shownFrom);
        List<String> editions = run.editions();
        if (problemsFile != null) { // empty when there is none, for the build to read either way
            Files.createDirectories(problemsFile.getParent());
            Files.writeString(problemsFile, String.join("\n", run.problems), StandardCharsets.UTF_8);
        }
        if (!run.problems.isEmpty()) {
            if (problemsFile == null) {
                run.problems.forEach(System.err::println);
                System.exit(1);
            }
            return;
        }
        String index = String.join("\n", editions) + "\n";
        if (!Files.exists(output) || !Files.readString(output, StandardCharsets.UTF_8).equals(index)) {
            Files.createDirectories(output.getParent());
            Files.writeString(output, index, StandardCharsets.UTF_8);
        }
    }

    /** The folder of every bundled edition, as a class path resource, in name order; adds the problems found. */
    private List<String> editions() throws IOException {
        Path root = resources.resolve(EDITIONS);
        List<String> editions = new ArrayList<>();
        Set<Path> editionFolders = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> children = Files.list(root)) {
                for (Path folder : children.filter(Files::isDirectory).sorted().toList()) {
                    if (Files.isRegularFile(folder.resolve(DESCRIPTOR))) {
                        editionFolders.add(folder);
                        if (check(folder)) {
                            editions.add(EDITIONS + "/" + folder.getFileName());
                        }
                    } else if (!drlFilesIn(folder).isEmpty()) {
                        problems.add(shown(folder) + ": this folder has rule files but no " + DESCRIPTOR
                                + ", so it is not an edition: add one (copy reference/" + DESCRIPTOR
                                + " and give it its own id, title and effectiveFrom)");
                    }
                }
            }
        }
        strayRuleFiles(editionFolders, root);
        if (editions.isEmpty() && problems.isEmpty()) {
            problems.add(shown(root) + ": no bundled edition: an edition is a folder here with an " + DESCRIPTOR
                    + " and its .drl rule files");
        }
        return editions;
    }

    /** Whether the edition in {@code folder} can be bundled; adds its problems. */
    private boolean check(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        if (!isPackagePart(name)) {
            String better = packagePart(name);
            problems.add(shown(folder) + ": \"" + name + "\" cannot name a bundled edition's folder, as it must name the Java package"
                    + " of its rules (a letter first, then letters, digits or _, not a Java word): rename the folder \""
                    + better + "\" and start its rule files with \"package " + packageOf(better) + ";\"");
            return false;
        }
        List<Path> rules = drlFilesIn(folder);
        if (rules.isEmpty()) {
            problems.add(shown(folder) + ": the edition has no .drl rule files");
            return false;
        }
        int before = problems.size();
        String expected = "package " + packageOf(name) + ";";
        for (Path rule : rules) {
            List<String> lines = Files.readAllLines(rule, StandardCharsets.UTF_8);
            int line = 0;
            String declared = null;
            for (int i = 0; i < lines.size() && declared == null; i++) {
                Matcher matcher = PACKAGE.matcher(lines.get(i));
                if (matcher.matches()) {
                    line = i + 1;
                    declared = matcher.group(1);
                }
            }
            if (declared == null) {
                problems.add(shown(rule) + ":1: the file has no package line: make its first line \"" + expected
                        + "\" for an edition in folder " + EDITIONS + "/" + name);
            } else if (!declared.equals(packageOf(name))) {
                problems.add(shown(rule) + ":" + line + ": the package line must be \"" + expected + "\" for an edition in folder "
                        + EDITIONS + "/" + name + " (it is \"" + lines.get(line - 1).strip() + "\")");
            }
        }
        return problems.size() == before;
    }

    /** Rule files outside every edition's own folder: the compiler would build them into no edition, or the wrong one. */
    private void strayRuleFiles(Set<Path> editionFolders, Path root) throws IOException {
        if (!Files.isDirectory(resources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f)).sorted().toList()) {
                Path parent = file.getParent();
                boolean inEdition = editionFolders.contains(parent);
                boolean inFolderWithoutDescriptor = root.equals(parent.getParent()) && !editionFolders.contains(parent);
                if (!inEdition && !inFolderWithoutDescriptor) { // the latter is reported once, for its folder
                    problems.add(shown(file) + ": this rule file is in no edition: an edition's rule files sit in its own folder,"
                            + " beside its " + DESCRIPTOR + " (" + EDITIONS + "/<edition>/)");
                }
            }
        }
    }

    private static List<Path> drlFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f)).sorted().toList();
        }
    }

    static String packageOf(String folderName) {
        return EDITIONS.replace('/', '.') + "." + folderName;
    }

    /** Whether {@code name} can be one part of a Java package name (ASCII only: it is also a folder in a jar). */
    static boolean isPackagePart(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") && !KEYWORDS.contains(name);
    }

    /** A name like {@code name} that can be a package part: {@code 2027} becomes {@code y2027}, {@code 2027-draft} {@code y2027_draft}. */
    static String packagePart(String name) {
        String part = name.replaceAll("[^A-Za-z0-9_]", "_");
        if (part.isEmpty() || !Character.isLetter(part.charAt(0))) {
            part = (part.matches("\\d.*") ? "y" : "edition") + part;
        }
        return KEYWORDS.contains(part) ? part + "_edition" : part;
    }

    private String shown(Path path) {
        try {
            return path.startsWith(shownFrom) ? shownFrom.relativize(path).toString() : path.toString();
        } catch (IllegalArgumentException e) {
            return path.toString();
        }
    }
}
