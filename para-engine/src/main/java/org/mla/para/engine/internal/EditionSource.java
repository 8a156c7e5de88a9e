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

    /**
     * Editions that share an id or an effective date: which is in force would be ambiguous.
     * One problem per clash, naming both descriptors, on the one a maintainer most likely just
     * wrote: a bundled edition is never it when a folder's is; of two in folders, the
     * {@value #DESCRIPTOR} changed last (a copied edition whose date was not yet changed);
     * when they were changed at the same time, the one later in folder order.
     */
    public static List<Problem> clashes(List<EditionSource> sources) {
        List<EditionSource> oldestFirst = new ArrayList<>(sources);
        oldestFirst.sort(java.util.Comparator.comparing(EditionSource::changed)); // stable: folder order breaks ties
        List<Problem> problems = new ArrayList<>();
        Map<String, EditionSource> ids = new LinkedHashMap<>();
        Map<LocalDate, EditionSource> dates = new LinkedHashMap<>();
        for (EditionSource source : oldestFirst) {
            EditionSource sameId = ids.putIfAbsent(source.edition().id(), source);
            if (sameId != null) {
                problems.add(new Problem(source.descriptorLocation(), "id: \"" + source.edition().id() + "\" is also the id of "
                        + sameId.descriptorLocation() + ": each edition needs an id of its own"));
            }
            EditionSource sameDate = dates.putIfAbsent(source.edition().effectiveFrom(), source);
            if (sameDate != null) {
                problems.add(new Problem(source.descriptorLocation(), "effectiveFrom: " + source.edition().effectiveFrom()
                        + " is also the effectiveFrom of " + sameDate.descriptorLocation()
                        + ": two editions cannot take effect on the same day"));
            }
        }
        return problems;
    }

    /** Where the descriptor is, as problems show it: {@code my-rules/2027/edition.json}. */
    String descriptorLocation() {
        return location + "/" + DESCRIPTOR;
    }

    /** When the descriptor was last changed: the epoch for a bundled edition, which nobody edits here. */
    private java.nio.file.attribute.FileTime changed() {
        if (folder != null && loader == null) {
            try {
                return Files.getLastModifiedTime(folder.resolve(DESCRIPTOR));
            } catch (IOException e) {
                // unknown: as old as can be
            }
        }
        return java.nio.file.attribute.FileTime.fromMillis(0);
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

    /** The fields of {@value #DESCRIPTOR}, in the order the guide lists them. */
    static final List<String> FIELDS = List.of("id", "title", "effectiveFrom", "areas");

    /** The fields of each area of {@value #DESCRIPTOR}. */
    static final List<String> AREA_FIELDS = List.of("code", "name");

    /** How area codes are written: the form portfolios use and the rule check looks for in rule files. */
    static final java.util.regex.Pattern AREA_CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * Parses a descriptor; every missing, unknown or malformed field is a problem, and text
     * that is not JSON is one problem at its line and column ({@code edition.json:4:3}).
     */
    static Edition descriptor(String json, String location) {
        JsonNode root;
        try {
            root = PortfolioReader.MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String at = JsonSyntax.lineAndColumn(e);
            throw new RuleEditionException(at.isEmpty() ? location : location + ":" + at, "not valid JSON: " + JsonSyntax.explain(e));
        } catch (IOException e) {
            throw new RuleEditionException(location, "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RuleEditionException(location, "must hold one JSON object: { \"id\": ..., \"title\": ..., "
                    + "\"effectiveFrom\": ..., \"areas\": [...] }");
        }
        List<Problem> problems = new ArrayList<>();
        unknownFields(root, FIELDS, "", "edition.json", location, problems);
        String id = text(root, "id", "id", location, problems);
        String title = text(root, "title", "title", location, problems);
        String from = text(root, "effectiveFrom", "effectiveFrom", location, problems);
        LocalDate effectiveFrom = null;
        if (from != null) {
            String problem = Dates.problem(from, "\"" + from + "\"");
            if (problem != null) {
                problems.add(new Problem(location, "effectiveFrom: " + problem));
            } else {
                effectiveFrom = Dates.parse(from);
            }
        }
        List<Edition.Area> areas = new ArrayList<>();
        JsonNode areaNodes = root.get("areas");
        if (areaNodes == null || !areaNodes.isArray() || areaNodes.isEmpty()) {
            problems.add(new Problem(location, "areas: must list the edition's areas as [{\"code\": ..., \"name\": ...}]"));
        } else {
            Map<String, String> codes = new LinkedHashMap<>();
            for (int i = 0; i < areaNodes.size(); i++) {
                JsonNode area = areaNodes.get(i);
                String path = "areas[" + i + "]";
                if (!area.isObject()) {
                    problems.add(new Problem(location, path + ": must be an area as {\"code\": ..., \"name\": ...} (was " + area + ")"));
                    continue;
                }
                unknownFields(area, AREA_FIELDS, path + ": ", "an area", location, problems);
                String code = text(area, "code", path + ".code", location, problems);
                String name = text(area, "name", path + ".name", location, problems);
                if (code != null && !AREA_CODE.matcher(code).matches()) {
                    String written = suggestion(code);
                    problems.add(new Problem(location, path + ".code: \"" + code + "\" is not how area codes are written "
                            + "(capital letters, digits and underscores, beginning with a letter)"
                            + (written.isEmpty() ? "" : ": write " + written)));
                } else if (code != null) {
                    String first = codes.putIfAbsent(code, path);
                    if (first != null) {
                        problems.add(new Problem(location, path + ".code: \"" + code + "\" is already the code of " + first
                                + ": list each area once"));
                    }
                }
                areas.add(new Edition.Area(code, name));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleEditionException(problems);
        }
        return new Edition(id, title, effectiveFrom, areas);
    }

    /** {@code DIGITAL_SERVICES} for {@code "Digital Services"}; empty when nothing sensible comes of it. */
    private static String suggestion(String code) {
        String plain = java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String written = plain.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return AREA_CODE.matcher(written).matches() ? written : "";
    }

    private static void unknownFields(JsonNode node, List<String> known, String prefix, String of, String location,
            List<Problem> problems) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add(new Problem(location, prefix + "\"" + field + "\" is not a field of " + of + " (its fields are "
                        + String.join(", ", known) + ")"));
            }
        });
    }

    private static String text(JsonNode node, String field, String path, String location, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problems.add(new Problem(location, path + ": is required (a non-blank string)"));
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
