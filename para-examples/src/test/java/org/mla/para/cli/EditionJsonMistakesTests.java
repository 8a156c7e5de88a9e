package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code edition.json} reports the maintainers' guide quotes in "What the check refuses"
 * are what {@code ./para rules check my-rules} prints for those mistakes, made in a copy of the
 * reference edition as {@code my-rules/2027} beside the reference's own copy.
 */
class EditionJsonMistakesTests {

    private static final String REFUSES = "## What the check refuses";
    private static final Pattern QUOTED = Pattern.compile("`(my-rules/2027/edition\\.json[^`]*)`");
    private static final String REFERENCE = "para-rules/src/main/resources/org/mla/para/rules/reference";

    @Test
    void theEditionJsonReportsTheGuideQuotesAreWhatTheCheckPrints(@TempDir Path dir) throws IOException {
        List<String> quoted = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(MaintainersGuide.read().text(REFUSES));
        while (matcher.find()) {
            quoted.add(matcher.group(1));
        }

        List<String> printed = new ArrayList<>();
        // A copy whose date was not changed yet.
        printed.add(check(dir.resolve("same-date"), json -> json.replace("\"reference\"", "\"2027\"")));
        // A comma left out at the end of the title's line (line 3).
        printed.add(check(dir.resolve("comma"), json -> json.replace("\"reference\"", "\"2027\"")
                .replace("2020-03-12", "2027-01-01").replaceFirst("\",\\R  \"effectiveFrom\"", "\"\n  \"effectiveFrom\"")));

        assertThat(quoted).as("the edition.json reports quoted in " + MaintainersGuide.NAME).hasSize(2)
                .containsExactlyInAnyOrderElementsOf(printed);
    }

    /** The first line {@code ./para rules check my-rules} prints, exit status 3, after editing 2027's edition.json. */
    private static String check(Path project, java.util.function.UnaryOperator<String> edit) throws IOException {
        GuideFollower maintainer = new GuideFollower(project);
        maintainer.shell("mkdir -p my-rules");
        maintainer.shell("cp -r " + REFERENCE + " my-rules/reference");
        maintainer.shell("cp -r " + REFERENCE + " my-rules/2027");
        Path edition = maintainer.target("my-rules/2027/edition.json");
        Files.writeString(edition, edit.apply(Files.readString(edition)));
        Files.setLastModifiedTime(maintainer.target("my-rules/reference/edition.json"), FileTime.fromMillis(1_000_000_000_000L));

        GuideFollower.Screen screen = maintainer.shell("./para rules check my-rules");

        assertThat(screen.exitCode()).as(screen.describe()).isEqualTo(3);
        assertThat(screen.lines()).as(screen.describe()).hasSize(2);
        return screen.lines().get(0);
    }
}
