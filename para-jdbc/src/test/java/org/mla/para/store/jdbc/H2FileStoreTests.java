package org.mla.para.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.workflow.ApplicationStore;
import org.mla.para.workflow.ApplicationStoreContract;

/** The store contract on an H2 database file, reopened as a second store on the same file. */
class H2FileStoreTests extends ApplicationStoreContract {

    @TempDir
    Path folder;

    @Override
    protected ApplicationStore emptyStore() {
        return JdbcApplicationStore.h2File(folder.resolve("applications"));
    }

    @Override
    protected ApplicationStore reopenedStore() {
        return JdbcApplicationStore.h2File(folder.resolve("applications.mv.db"));
    }
}
