package vn.sogoc.archive.storage.s3;

import java.util.concurrent.locks.ReentrantLock;

/** Striped in-process locks so that puts of the same key from one JVM never interleave. */
final class KeyLocks {

    private final ReentrantLock[] stripes;

    KeyLocks(int count) {
        stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) stripes[i] = new ReentrantLock();
    }

    ReentrantLock lockFor(String key) {
        return stripes[Math.floorMod(key.hashCode(), stripes.length)];
    }
}
