package vn.sogoc.archive.samples;

import java.time.LocalDate;

/** Dates as Vietnamese results print them. */
public final class VietnameseDates {

    private VietnameseDates() { }

    /**
     * "Hà Nội, ngày 05 tháng 02 năm 2021": days below 10 and months 1–2 zero-padded (Decree 30/2020);
     * {@code padded=false} gives the unpadded form of older paper ("ngày 5 tháng 2 năm 2018").
     */
    public static String placeDate(String place, LocalDate date, boolean padded) {
        return place + ", " + longDate(date, padded);
    }

    /** "ngày 26 tháng 9 năm 2021". */
    public static String longDate(LocalDate date, boolean padded) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        String day = padded && d < 10 ? "0" + d : Integer.toString(d);
        String month = padded && m < 3 ? "0" + m : Integer.toString(m);
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** "25/09/2024". */
    public static String dmy(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
