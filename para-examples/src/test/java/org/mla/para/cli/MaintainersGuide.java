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

    /** The fenced blocks of the section whose heading starts with {@code heading}, up to the next heading of its level. */
    List<Block> blocks(String heading) {
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith(heading)) {
                start = i;
            }
        }
        if (start < 0) {
            throw new AssertionError(NAME + " has no section \"" + heading + "\"");
        }
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        List<Block> blocks = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith(level); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```")) {
                prose.append(line).append('\n');
                continue;
            }
            int first = i + 1;
            int end = first;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            blocks.add(new Block(first + 1, line.substring(3).strip(), List.copyOf(lines.subList(first, end)), prose.toString()));
            prose.setLength(0);
            i = end;
        }
        return blocks;
    }
}
