package org.mla.para.workflow;

/** The store contract on the in-memory store; "reopening" it shares the same memory. */
class InMemoryApplicationStoreTests extends ApplicationStoreContract {

    private InMemoryApplicationStore store;

    @Override
    protected ApplicationStore emptyStore() {
        store = new InMemoryApplicationStore();
        return store;
    }

    @Override
    protected ApplicationStore reopenedStore() {
        return store;
    }
}
