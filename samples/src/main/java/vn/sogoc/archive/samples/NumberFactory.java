package vn.sogoc.archive.samples;

import java.util.Random;

/** Numbers and symbols ("Số, ký hiệu") in each type's pattern; 01–09 zero-padded as Decree 30/2020 asks. */
final class NumberFactory {

    private NumberFactory() { }

    /** A serial of about {@code digits} digits, zero-padded only below 10. */
    static String serial(Random random, int minDigits, int maxDigits) {
        int digits = Picks.between(random, minDigits, maxDigits);
        int min = digits == 1 ? 1 : (int) Math.pow(10, digits - 1);
        int value = Picks.between(random, min, (int) Math.pow(10, digits) - 1);
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    static String number(Random random, SampleType type, Authority authority, int year) {
        String region = authority.region();
        boolean central = authority.level() != Authority.Level.PROVINCE;
        return switch (type) {
            case ATTP_CSDK -> serial(random, central ? 3 : 2, central ? 5 : 4) + "/" + year + "/ATTP-CNĐK";
            case ATTP_XNCB -> Picks.chance(random, 0.6)
                    ? serial(random, 3, 5) + "/" + year + "/ATTP-XNCB"
                    : serial(random, 2, 5) + "/" + year + "/ĐKSP";
            case KCB_CCHN -> String.format("%06d", Picks.between(random, 1, 60000)) + "/" + region + "-CCHN";
            case KCB_GPHD -> serial(random, central ? 2 : 3, central ? 3 : 5) + "/" + region + "-GPHĐ";
            case DUOC_DDKKD -> serial(random, 3, 5) + "/ĐKKDD-" + region;
            case DUOC_GPP -> Picks.chance(random, 0.7)
                    ? serial(random, 2, 4) + "/GPP"
                    : serial(random, 2, 4) + "/" + year + "/GPP";
            case MP_CBMP -> (central ? String.format("%06d", Picks.between(random, 1000, 199999)) : serial(random, 3, 5))
                    + "/" + String.format("%02d", year % 100) + "/CBMP-" + (central ? "QLD" : region);
            case TTB_SLH -> serial(random, 3, 4) + "/QĐ-BYT";
        };
    }

    /**
     * A number differing from {@code number} by exactly one digit of its serial (position {@code which}),
     * e.g. 1234/2021/ATTP-CNĐK and 1284/2021/ATTP-CNĐK.
     */
    static String sibling(String number, Random random) {
        int slash = number.indexOf('/');
        String serial = number.substring(0, slash);
        int pos = serial.length() >= 3 ? serial.length() - 2 : serial.length() - 1;
        char old = serial.charAt(pos);
        char replacement;
        do {
            replacement = (char) ('0' + random.nextInt(10));
        } while (replacement == old);
        return serial.substring(0, pos) + replacement + serial.substring(pos + 1) + number.substring(slash);
    }
}
