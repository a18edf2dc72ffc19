package vn.sogoc.archive.samples;

import java.time.LocalDate;
import java.util.Random;

/** Draws the facts of one result so that it is, or is not, in force on the as-of date. */
final class FactsFactory {

    private static final LocalDate DEVICE_DECREE = LocalDate.of(2016, 7, 1);

    private FactsFactory() { }

    /**
     * @param expired true for a result whose printed term ended before {@code asOf}; the type must have a term
     */
    static ResultFacts create(Random random, SampleType type, LocalDate asOf, boolean expired) {
        Authority authority = Authority.forType(random, type);
        LocalDate issued;
        LocalDate validUntil = null;
        boolean printsTerm = type.hasTerm() && (type != SampleType.TTB_SLH || expired || Picks.chance(random, 0.6));
        if (printsTerm) {
            int termDays = type.validityYears() * 365;
            if (expired) {
                LocalDate end = asOf.minusDays(Picks.between(random, 20, 900));
                issued = end.plusDays(1).minusYears(type.validityYears());
            } else {
                issued = asOf.minusDays(Picks.between(random, 15, termDays - 30));
            }
            validUntil = issued.plusYears(type.validityYears()).minusDays(1);
        } else {
            issued = asOf.minusDays(Picks.between(random, 20, 14 * 365));
        }
        if (type == SampleType.TTB_SLH && issued.isBefore(DEVICE_DECREE)) {
            // circulation numbers exist since Decree 36/2016 (in force 2016-07-01)
            issued = DEVICE_DECREE.plusDays(Picks.between(random, 0, 400));
            validUntil = validUntil == null ? null : issued.plusYears(type.validityYears()).minusDays(1);
        }
        String region = authority.region();
        String number = NumberFactory.number(random, type, authority, issued.getYear());
        boolean female = random.nextBoolean();
        LocalDate birth = null;
        String holder;
        String id;
        if (type.personal()) {
            holder = VietnameseNames.person(random, female);
            birth = LocalDate.of(Picks.between(random, 1962, 1998), Picks.between(random, 1, 12), Picks.between(random, 1, 28));
            id = VietnameseNames.citizenId(random, region, birth.getYear(), female);
        } else {
            holder = VietnameseNames.organisation(random, type);
            id = VietnameseNames.individualBusiness(holder)
                    ? VietnameseNames.citizenId(random, region, Picks.between(random, 1965, 1995), female)
                    : VietnameseNames.enterpriseCode(random, region);
        }
        return new ResultFacts(type, authority, number, holder, id, issued, validUntil, birth, female);
    }
}
