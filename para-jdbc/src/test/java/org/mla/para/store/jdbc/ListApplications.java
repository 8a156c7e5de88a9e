package org.mla.para.store.jdbc;

import java.nio.file.Path;

/** Run in child JVMs by {@link ConcurrentProcessesTests}: opens the H2 file, registers one application, lists them. */
public final class ListApplications {

    private ListApplications() {
    }

    public static void main(String[] args) {
        JdbcApplicationStore store = JdbcApplicationStore.h2File(Path.of(args[0]));
        store.addMeeting(java.time.LocalDate.parse("2026-03-10"));
        System.out.println("applications " + store.applicationIds().size() + ", meetings " + store.meetings().size());
    }
}
