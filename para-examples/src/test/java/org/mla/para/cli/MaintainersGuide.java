package org.mla.para.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The maintainers' guide, {@code docs/maintaining-rules.md}, read as a maintainer reads it: a
 * section at a time, each fenced block with the prose just before it.
 */
record MaintainersGuide(List<String> lines) {

    /** Found as the other tests of the docs find them: from the module's folder, where Maven runs tests. */
    static final Path FILE = Path.of("../docs/maintaining-rules.md");
    /** How failures name the guide: from the top of the project, as its maintainers know it. */
    static final String NAME = "docs/maintaining-rules.md";

    static MaintainersGuide read() throws IOException {
        return new MaintainersGuide(Files.readAllLines(FILE));
    }

    /**
     * A fenced block of the guide.
     *
     * @param firstLine the number (from 1) in the guide of the block's first line of content
     * @param info      what follows the opening fence ({@code json}, or nothing)
     * @param lines     the block's content
     * @param prose     the guide's text between the previous block of the section and this one
     */
    record Block(int firstLine, String info, List<String> lines, String prose) {

        /** A console block shows commands after {@code $ }, each followed by what it prints. */
        boolean isConsole() {
            return lines.stream().anyMatch(line -> line.startsWith("$ "));
        }

        /** The guide's line number of the block's {@code index}-th line. */
        int lineNumber(int index) {
            return firstLine + index;
        }
    }

    /** The text of the section whose heading starts with {@code heading}, its white space collapsed. */
    String text(String heading) {
        int start = start(heading);
        return String.join(" ", lines.subList(start, end(heading, start))).replaceAll("\\s+", " ");
    }

    /** The fenced blocks of the section whose heading starts with {@code heading}, up to the next heading of its level. */
    List<Block> blocks(String heading) {
        int start = start(heading);
        int end = end(heading, start);
        List<Block> blocks = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (int i = start + 1; i < end; i++) {
            String line = lines.get(i);
            if (!line.startsWith("```")) {
                prose.append(line).append('\n');
                continue;
            }
            int first = i + 1;
            int fence = first;
            while (fence < lines.size() && !lines.get(fence).startsWith("```")) {
                fence++;
            }
            blocks.add(new Block(first + 1, line.substring(3).strip(), List.copyOf(lines.subList(first, fence)), prose.toString()));
            prose.setLength(0);
            i = fence;
        }
        return blocks;
    }

    private int start(String heading) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(heading)) {
                return i;
            }
        }
        throw new AssertionError(NAME + " has no section \"" + heading + "\"");
    }

    private int end(String heading, int start) {
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith(level)) {
            end++;
        }
        return end;
    }
}
