package vn.sogoc.archive.app.certify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.sogoc.archive.app.copies.CopyRegister;

/**
 * Runs work that takes the next number of a (book, year) counter (sổ, năm): the counter row is created
 * first in a transaction of its own, then, one thread of this JVM per counter at a time (a fair lock, so
 * clerks are served in turn; other processes wait on the counter row's lock), the number is taken and the
 * work done in one transaction: a failure anywhere gives the number back, so numbers have no gap and no reuse.
 */
@Component
public class NumberedTransactions {

    private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private final CopyRegister counters;
    private final TransactionTemplate transaction;

    public NumberedTransactions(CopyRegister counters, PlatformTransactionManager transactions) {
        this.counters = counters;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What is done with the number, inside the transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(int seq) throws IOException;
    }

    /**
     * Takes the next number of ({@code book}, {@code year}) and runs {@code work} with it, in one transaction.
     *
     * @throws IOException what the work threw; nothing was committed
     */
    public <T> T run(String book, int year, Work<T> work) throws IOException {
        counters.ensureCounter(book, year);
        ReentrantLock lock = LOCKS.computeIfAbsent(book + "/" + year, k -> new ReentrantLock(true));
        lock.lock();
        try {
            return transaction.execute(status -> {
                try {
                    return work.run(counters.nextSeq(book, year));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            lock.unlock();
        }
    }
}
