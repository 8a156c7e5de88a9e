package org.mla.para.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.mla.para.engine.Edition;
import org.mla.para.engine.Problem;
import org.mla.para.engine.RuleEditionException;

/**
 * The files of one edition: its descriptor ({@code edition.json}) and its rule files
 * ({@code *.drl}), read from a folder on disk or on the class path.
 *
 * @param location where the edition was found, as shown in problems
 * @param edition  the parsed descriptor
 * @param rules    rule file name to its text, in name order
 * @param folder   the edition's folder, for files that scenarios name; {@code null} inside a jar
 * @param scenarios scenario file name ({@code scenarios/*.json}) to its text, in name order
 * @param loader    for a bundled edition, the class loader that may hold its precompiled
 *                  rules; {@code null} for an edition read from a directory
 */
public record EditionSource(String location, Edition edition, Map<String, String> rules, Path folder,
        Map<String, String> scenarios, ClassLoader loader) {

    /** The folder, under an edition, of its scenarios. */
    public static final String SCENARIOS = "scenarios";

    public static final String DESCRIPTOR = "edition.json";

    /** Class path resource listing the folders of the bundled editions, one per line. */
    public static final String BUNDLED_INDEX = "META-INF/para-editions";

    /** The editions the class path bundles (listed by every {@value #BUNDLED_INDEX} resource). */
    public static List<EditionSource> bundled(ClassLoader loader) {
        List<EditionSource> sources = new ArrayList<>();
        try {
            for (URL index : Collections.list(loader.getResources(BUNDLED_INDEX))) {
                for (String folder : read(index).split("\\R")) {
                    if (!folder.isBlank()) {
                        sources.add(fromClassPath(loader, folder.strip()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_INDEX, e);
        }
        return sources;
    }

    /** Every edition under {@code directory}: the folder itself when it holds a descriptor, else each sub-folder that does. */
    public static List<EditionSource> inDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleEditionException(directory.toString(), "not a directory of rule editions");
        }
        if (Files.exists(directory.resolve(DESCRIPTOR))) {
            return List.of(fromFolder(directory, directory.toString()));
        }
        try (Stream<Path> children = Files.list(directory)) {
            List<EditionSource> sources = children.filter(child -> Files.exists(child.resolve(DESCRIPTOR))).sorted()
                    .map(child -> fromFolder(child, child.toString())).toList();
            if (sources.isEmpty()) {
                throw new RuleEditionException(directory.toString(),
                        "no rule edition here: an edition is a folder with an " + DESCRIPTOR + " and its .drl files");
            }
            return sources;
        } catch (IOException e) {
            throw new RuleEditionException(directory.toString(), "cannot list: " + e.getMessage());
        }
    }

    /** Editions that share an id or an effective date: which is in force would be ambiguous. */
    public static List<Problem> clashes(List<EditionSource> sources) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        Map<LocalDate, String> dates = new LinkedHashMap<>();
        for (EditionSource source : sources) {
            String where = source.location() + "/" + DESCRIPTOR;
            String sameId = ids.putIfAbsent(source.edition().id(), source.location());
            if (sameId != null) {
                problems.add(new Problem(where, "id: \"" + source.edition().id() + "\" is already the id of the edition in " + sameId));
            }
            String sameDate = dates.putIfAbsent(source.edition().effectiveFrom(), source.location());
            if (sameDate != null) {
                problems.add(new Problem(where, "effectiveFrom: " + source.edition().effectiveFrom()
                        + " is already when the edition in " + sameDate + " takes effect; each edition needs its own date"));
            }
        }
        return problems;
    }

    private static EditionSource fromClassPath(ClassLoader loader, String folder) {
        URL descriptor = loader.getResource(folder + "/" + DESCRIPTOR);
        if (descriptor == null) {
            throw new RuleEditionException(folder, "bundled edition has no " + DESCRIPTOR);
        }
        try {
            if (descriptor.openConnection() instanceof JarURLConnection connection) {
                // The class loader has the jar open already: list its entries rather than mount
                // the (large, shaded) jar as a file system, which costs a command's start-up.
                JarFile jar = connection.getJarFile();
                try {
                    return fromJar(jar, folder).bundledBy(loader);
                } finally {
                    if (!connection.getUseCaches()) {
                        jar.close(); // an uncached connection hands out a jar of its own (Tomcat sets this)
                    }
                }
            }
            return fromFolder(Path.of(descriptor.toURI()).getParent(), folder).bundledBy(loader);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            if (e instanceof RuleEditionException broken) {
                throw broken;
            }
            throw new RuleEditionException(folder, "cannot open bundled edition: " + e);
        }
    }

    /** An edition in a folder of a jar: the folder's own {@code .drl} files and its {@code scenarios/*.json}. */
    private static EditionSource fromJar(JarFile jar, String folder) throws IOException {
        Map<String, String> rules = new java.util.TreeMap<>();
        Map<String, String> scenarios = new java.util.TreeMap<>();
        String prefix = folder + "/";
        String scenarioPrefix = prefix + SCENARIOS + "/";
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (!name.startsWith(prefix) || entry.isDirectory()) {
                continue;
            }
            if (name.endsWith(".drl") && name.indexOf('/', prefix.length()) < 0) {
                rules.put(name.substring(prefix.length()), text(jar, entry));
            } else if (name.endsWith(".json") && name.startsWith(scenarioPrefix) && name.indexOf('/', scenarioPrefix.length()) < 0) {
                scenarios.put(name.substring(scenarioPrefix.length()), text(jar, entry));
            }
        }
        Edition edition = descriptor(text(jar, jar.getJarEntry(prefix + DESCRIPTOR)), folder + "/" + DESCRIPTOR);
        if (rules.isEmpty()) {
            throw new RuleEditionException(folder, "the edition has no .drl rule files");
        }
        return new EditionSource(folder, edition, new LinkedHashMap<>(rules), null, new LinkedHashMap<>(scenarios), null);
    }

    private static String text(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static EditionSource fromFolder(Path folder, String location) {
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, String> rules = new LinkedHashMap<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                rules.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            String descriptorLocation = location + "/" + DESCRIPTOR;
            Path descriptor = folder.resolve(DESCRIPTOR);
            Edition edition = descriptor(Files.readString(descriptor, StandardCharsets.UTF_8), descriptorLocation);
            if (rules.isEmpty()) {
                throw new RuleEditionException(location, "the edition has no .drl rule files");
            }
            Map<String, String> scenarios = new LinkedHashMap<>();
            Path scenarioFolder = folder.resolve(SCENARIOS);
            if (Files.isDirectory(scenarioFolder)) {
                try (Stream<Path> scenarioFiles = Files.list(scenarioFolder)) {
                    for (Path file : scenarioFiles.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                        scenarios.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
            return new EditionSource(location, edition, rules, folder, scenarios, null);
        } catch (IOException e) {
            throw new RuleEditionException(location, "cannot read: " + e.getMessage());
        }
    }

    private EditionSource bundledBy(ClassLoader classLoader) {
        return new EditionSource(location, edition, rules, folder, scenarios, classLoader);
    }

    /** The Java packages the edition's rule files declare. */
    public java.util.Set<String> packages() {
        java.util.Set<String> packages = new java.util.TreeSet<>();
        java.util.regex.Pattern declaration = java.util.regex.Pattern.compile("^\\s*package\\s+([\\w.]+)", java.util.regex.Pattern.MULTILINE);
        rules.values().forEach(text -> {
            java.util.regex.Matcher matcher = declaration.matcher(text);
            packages.add(matcher.find() ? matcher.group(1) : "");
        });
        return packages;
    }

    /** Parses a descriptor; every missing or malformed field is a problem. */
    static Edition descriptor(String json, String location) {
        JsonNode root;
        try {
            root = PortfolioReader.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new RuleEditionException(location, "malformed JSON: " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        String id = text(root, "id", location, problems);
        String title = text(root, "title", location, problems);
        String from = text(root, "effectiveFrom", location, problems);
        LocalDate effectiveFrom = null;
        if (from != null) {
            try {
                effectiveFrom = LocalDate.parse(from);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(location, "effectiveFrom: must be a date as yyyy-MM-dd (was \"" + from + "\")"));
            }
        }
        List<Edition.Area> areas = new ArrayList<>();
        JsonNode areaNodes = root == null ? null : root.get("areas");
        if (areaNodes == null || !areaNodes.isArray() || areaNodes.isEmpty()) {
            problems.add(new Problem(location, "areas: must list the edition's areas as [{\"code\": ..., \"name\": ...}]"));
        } else {
            for (JsonNode area : areaNodes) {
                String code = text(area, "code", location, problems);
                String name = text(area, "name", location, problems);
                areas.add(new Edition.Area(code, name));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleEditionException(problems);
        }
        return new Edition(id, title, effectiveFrom, areas);
    }

    private static String text(JsonNode node, String field, String location, List<Problem> problems) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problems.add(new Problem(location, field + ": is required (a non-blank string)"));
            return null;
        }
        return value.asText();
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
