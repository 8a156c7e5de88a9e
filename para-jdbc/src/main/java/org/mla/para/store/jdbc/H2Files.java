package org.mla.para.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What a path given as an H2 database must be, checked before H2 sees it: H2 itself would
 * create folders and files for any path, {@code /etc/passwd.mv.db} included.
 */
final class H2Files {

    static final String SUFFIX = ".mv.db";
    /** How every H2 MVStore file begins. */
    private static final String HEADER = "H:2,";

    private H2Files() {
    }

    /** The database file {@code given} names, which must exist and be an H2 database. */
    static Path existingDatabase(Path given) {
        Path database = database(given);
        if (!Files.exists(database, LinkOption.NOFOLLOW_LINKS) && !Files.exists(database)) {
            Path folder = folder(database);
            if (!Files.isDirectory(folder)) {
                throw new StoreException("no folder " + folder + ": the database " + database + " cannot be there", null);
            }
            throw new StoreException("no database " + database + ": create one with 'para db init --db " + given
                    + "', or give the right --db", null);
        }
        if (Files.isDirectory(database)) {
            throw new StoreException(database + " is a folder, not a database file", null);
        }
        if (!Files.isRegularFile(database)) {
            throw new StoreException(database + " is not a regular file (a device, a pipe or a broken link), not a database", null);
        }
        if (!Files.isReadable(database)) {
            throw new StoreException("cannot read " + database + ": permission denied", null);
        }
        try (InputStream in = Files.newInputStream(database)) {
            byte[] start = in.readNBytes(HEADER.length());
            if (!new String(start, StandardCharsets.ISO_8859_1).equals(HEADER)) {
                throw new StoreException(database + " is not an H2 database file", null);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + database + ": " + e.getMessage(), e);
        }
        return database;
    }

    /** The database file to create for {@code given}: refused when it exists or its folder does not. */
    static Path newDatabase(Path given) {
        Path database = database(given);
        if (Files.exists(database, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(database + " exists already: nothing was created", null);
        }
        Path folder = folder(database);
        if (!Files.isDirectory(folder)) {
            throw new StoreException("no folder " + folder + ": create it first (nothing was created)", null);
        }
        return database;
    }

    /**
     * {@code given} with H2's suffix. A path that exists without the suffix (a folder,
     * {@code /dev/null}, {@code /etc/passwd}) is refused: it is not a database, and H2 would
     * make one beside it.
     */
    private static Path database(Path given) {
        Path absolute = given.toAbsolutePath().normalize();
        String name = absolute.toString();
        if (name.endsWith(SUFFIX)) {
            return absolute;
        }
        if (Files.isDirectory(absolute)) {
            throw new StoreException(given + " is a folder, not a database file: give the database's file, such as "
                    + absolute.resolve("para-applications" + SUFFIX), null);
        }
        if (Files.exists(absolute) || Files.isSymbolicLink(absolute)) {
            throw new StoreException(given + " is not an H2 database file (their names end in " + SUFFIX + ")", null);
        }
        return Path.of(name + SUFFIX);
    }

    private static Path folder(Path database) {
        Path parent = database.getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }
}
