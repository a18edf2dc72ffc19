package vn.sogoc.archive.storage;

/** Runs the contract against the in-memory fake, proving the contract is store-independent. */
class InMemoryObjectStoreTest extends ObjectStoreContractTest {

    @Override
    protected ObjectStore newStore() {
        return new InMemoryObjectStore();
    }
}
