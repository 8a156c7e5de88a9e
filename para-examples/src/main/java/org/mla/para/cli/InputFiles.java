package org.mla.para.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.mla.para.engine.Limits;

/**
 * Reads an input file (a portfolio, a decision) only after checking what it is: a regular
 * file no larger than the limit. A pipe, a device such as {@code /dev/zero}, a folder or a
 * symbolic link that loops is named as such, and nothing is read from it; a file over the
 * limit is refused before its first byte is read, so a huge file costs no memory.
 */
final class InputFiles {

    /** The most bytes a document of the default character limit can take in UTF-8 (at most 4 bytes a character). */
    static final long LARGEST = 4L * Limits.DEFAULTS.documentChars();

    /** A file that is not one to read, with what it is instead. */
    static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private InputFiles() {
    }

    /**
     * The file's text, strictly UTF-8.
     *
     * @throws Unreadable saying what the file is instead of a readable document
     * @throws java.nio.charset.CharacterCodingException when it is not UTF-8
     */
    static String read(Path file, long largestBytes) throws IOException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isDirectory()) {
            throw new Unreadable("is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new Unreadable("not a regular file (a pipe, a device or a socket): nothing was read from it");
        }
        if (attributes.size() > largestBytes) {
            throw tooLarge(attributes.size(), largestBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, largestBytes + 1));
        }
        if (bytes.length > largestBytes) {
            throw tooLarge(bytes.length, largestBytes); // it grew while being read
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return utf8.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static Unreadable tooLarge(long size, long largestBytes) {
        return new Unreadable("larger than the limit of " + largestBytes / 4 + " characters (the file is " + size + " bytes); "
                + "nothing was read from it");
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Unreadable(Files.isSymbolicLink(file) ? "is a symbolic link to nothing (" + target(file) + ")"
                    : "no such file or directory");
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.contains("symbolic links")) {
                throw new Unreadable("is a symbolic link that loops: it leads to no file");
            }
            throw new Unreadable("cannot read: " + (reason.isEmpty() ? e.getMessage() : reason));
        }
    }

    private static String target(Path link) {
        try {
            return "it points to " + Files.readSymbolicLink(link);
        } catch (IOException e) {
            return "its target cannot be read";
        }
    }
}
