package vn.sogoc.archive.samples;

import java.util.List;
import java.util.Random;

/** Seeded choices: every random decision of the generator goes through one {@link Random}. */
final class Picks {

    private Picks() { }

    static <T> T one(Random random, List<T> items) { return items.get(random.nextInt(items.size())); }

    @SafeVarargs
    static <T> T one(Random random, T... items) { return items[random.nextInt(items.length)]; }

    static boolean chance(Random random, double p) { return random.nextDouble() < p; }

    static int between(Random random, int min, int maxInclusive) { return min + random.nextInt(maxInclusive - min + 1); }

    static double between(Random random, double min, double max) { return min + random.nextDouble() * (max - min); }

    static String digits(Random random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) ('0' + random.nextInt(10)));
        return b.toString();
    }
}
