package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each file argument is looked at before it is read: a huge file, a pipe, a device, a link
 * that loops or a folder is one problem line saying what it is, and the other files are still
 * assessed; spreadsheet formulas in the Board's CSV are neutralized.
 */
class FileArgumentsTests {

    private static final String JANE = "samples/level1-eligible-jane.json";

    @TempDir
    Path folder;

    @Test
    void everyOddArgumentIsOneLineAndTheValidFilesAreStillAssessed() throws Exception {
        Path huge = folder.resolve("3G.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // sparse: takes no disk, and must not be read
        }
        Path fifo = folder.resolve("fifo.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path loop = folder.resolve("loop.json");
        Files.createSymbolicLink(loop, loop);
        Path dangling = Files.createSymbolicLink(folder.resolve("dangling.json"), folder.resolve("nowhere.json"));
        Path directory = Files.createDirectory(folder.resolve("dir.json"));
        Path empty = Files.createDirectory(folder.resolve("empty"));
        long started = System.nanoTime();
        Para run = Para.run("assess", "--json", JANE, huge.toString(), fifo.toString(), "/dev/zero", loop.toString(),
                dangling.toString(), folder.resolve("absent.json").toString(), empty.toString(), JANE);
        assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(30_000_000_000L);
        assertThat(run.outLines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"eligible\":true"));
        assertThat(run.errLines()).containsExactly(
                huge + ": larger than the limit of 1000000 characters (the file is 3221225472 bytes); nothing was read from it",
                fifo + ": not a regular file (a pipe, a device or a socket): nothing was read from it",
                "/dev/zero: not a regular file (a pipe, a device or a socket): nothing was read from it",
                loop + ": is a symbolic link that loops: it leads to no file",
                dangling + ": is a symbolic link to nothing (it points to " + folder.resolve("nowhere.json") + ")",
                folder.resolve("absent.json") + ": no such file or directory");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.isDirectory(directory)).isTrue();
        Para folderArgument = Para.run("gap", directory.toString());
        assertThat(folderArgument.err()).isEqualTo(directory + ": is a folder, not a file" + System.lineSeparator());
    }

    @Test
    void spreadsheetFormulasInTheCsvAreNeutralized() throws Exception {
        Path portfolios = Files.createDirectory(folder.resolve("portfolios"));
        List<String> payloads = List.of("=1+1", "=HYPERLINK(\"http://x\",\"click\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx");
        String jane = Files.readString(Path.of(JANE));
        for (int i = 0; i < payloads.size(); i++) {
            String name = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(payloads.get(i));
            Files.writeString(portfolios.resolve("p" + i + ".json"), jane.replace("\"Jane Doe\"", name));
        }
        Path csv = folder.resolve("report.csv");
        Para run = Para.run("report", portfolios.toString(), "--out", folder.resolve("report.html").toString(), "--csv", csv.toString());
        assertThat(run.exitCode()).isZero();
        String written = Files.readString(csv);
        for (String payload : payloads) {
            assertThat(written).as(payload).contains(",\"'" + payload.replace("\"", "\"\"") + "\",");
        }
        assertThat(written).doesNotContain(",\"=", ",\"+", ",\"-", ",\"@", ",\"\t", ",\"\r");
    }
}
