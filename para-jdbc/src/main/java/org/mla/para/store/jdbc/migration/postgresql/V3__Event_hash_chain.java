package org.mla.para.store.jdbc.migration.postgresql;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.mla.para.store.jdbc.HashChainMigration;

/** Schema version 3: every event carries its hash and the previous event's (see {@link HashChainMigration}). */
public class V3__Event_hash_chain extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        HashChainMigration.migrate(context.getConnection(), "postgresql");
    }
}
