package vn.sogoc.archive.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import vn.sogoc.archive.register.RegisterStatus;

/**
 * Generates realistic degraded scans of Vietnamese procedure results with their ground truth and a
 * matching master register. Deterministic: the same specs (seeds) give byte-identical files.
 *
 * <pre>{@code
 * SampleGenerator gen = new SampleGenerator(LocalDate.of(2026, 11, 25));
 * SampleSet set = gen.generateSet(SamplePlans.random(12, 42L, EnumSet.allOf(ScanFormat.class)), 6, 42L, dir);
 * }</pre>
 */
public final class SampleGenerator {

    /** The as-of date of the bundled demo set (validity is judged on it). */
    public static final LocalDate DEMO_AS_OF = LocalDate.of(2026, 11, 25);

    private final LocalDate asOf;

    public SampleGenerator(LocalDate asOf) { this.asOf = asOf; }

    public LocalDate asOf() { return asOf; }

    /**
     * Writes the scans to {@code dir/scans} and {@code register.csv} and {@code ground-truth.jsonl} to {@code dir}.
     *
     * @param extraRegisterEntries register entries with no scan (not yet digitized); from 2 on, the first two
     *                             are a pair whose numbers differ by one character
     */
    public SampleSet generateSet(List<SampleSpec> specs, int extraRegisterEntries, long seed, Path dir) throws IOException {
        Path scans = dir.resolve("scans");
        Files.createDirectories(scans);
        List<GeneratedSample> samples;
        try {
            samples = IntStream.range(0, specs.size()).parallel().mapToObj(i -> {
                try {
                    return generate(specs.get(i), scans);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<RegisterRow> register = new ArrayList<>();
        samples.forEach(s -> register.addAll(s.registerRows()));
        register.addAll(notYetDigitized(extraRegisterEntries, seed, specs.size()));
        register.sort(Comparator.comparing(RegisterRow::registerNo));
        Path csv = dir.resolve("register.csv");
        RegisterCsv.write(register, csv);
        Path truth = dir.resolve("ground-truth.jsonl");
        GroundTruthJson.write(samples.stream().map(GeneratedSample::truth).toList(), truth);
        return new SampleSet(samples, List.copyOf(register), scans, csv, truth, asOf);
    }

    /** Generates one file into {@code dir}; its register rows are returned, not written. */
    public GeneratedSample generate(SampleSpec spec, Path dir) throws IOException {
        Registered reg = register(spec);
        FontSet fonts = FontSet.of(spec.font());
        DocumentContent content = BodyComposer.compose(new Random(spec.seed() * 31 + 1), reg.printed(), spec.pages() == 2);
        long layoutSeed = spec.seed() * 31 + 2;
        Path file = dir.resolve(spec.fileName());
        List<LaidOutPage> pages;
        if (spec.format() == ScanFormat.TEXT_PDF) {
            pages = TextPdfWriter.write(content, fonts, layoutSeed, file);
        } else {
            pages = layout(content, fonts, layoutSeed);
            ScanWriter.write(pages, spec, fonts, new Random(spec.seed() * 31 + 3), file);
        }
        List<String> lines = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (LaidOutPage p : pages) {
            lines.addAll(p.texts());
            counts.add(p.lines().size());
        }
        ResultFacts f = reg.printed();
        boolean born = spec.format() == ScanFormat.TEXT_PDF;
        String printedHolder = content.body().stream()
                .filter(p -> p.segments().size() == 2 && p.segments().get(1).style() == TextStyle.BOLD
                        && p.segments().get(1).text().equalsIgnoreCase(f.holderName()))
                .map(p -> p.segments().get(1).text()).findFirst().orElse(f.holderName());
        GroundTruth truth = new GroundTruth(spec.fileName(), spec.type().name(), f.number(), f.holderName(), printedHolder,
                f.holderId(), f.issuedOn(), f.validUntil(), f.authority().issuerRegister(), reg.registerNo(),
                reg.status() == null ? null : reg.status().name(), reg.candidates(), born ? 0 : spec.rotation(),
                born ? 0 : spec.skew(), born ? null : spec.dpi(), born ? ColourMode.COLOR : spec.colour(), spec.format(),
                pages.size(), spec.font().familyName(), List.copyOf(lines), List.copyOf(counts), spec.scenario(),
                spec.scenario().expectedStatus(), spec.scenario().expectedReason(), asOf, spec.seed());
        return new GeneratedSample(file, spec, truth, reg.rows());
    }

    /** The scan's printed facts and the register rows the scenario calls for. */
    /** The pages of {@code spec}'s scan as laid out, no file written (for the layout tests). */
    List<LaidOutPage> layout(SampleSpec spec) {
        DocumentContent content = BodyComposer.compose(new Random(spec.seed() * 31 + 1), register(spec).printed(), spec.pages() == 2);
        return layout(content, FontSet.of(spec.font()), spec.seed() * 31 + 2);
    }

    private static List<LaidOutPage> layout(DocumentContent content, FontSet fonts, long layoutSeed) {
        return new LayoutEngine(new AwtTextMeasurer(fonts), layoutSeed).layout(content, true);
    }

    private record Registered(ResultFacts printed, String registerNo, RegisterStatus status, List<String> candidates,
                              List<RegisterRow> rows) { }

    private Registered register(SampleSpec spec) {
        Random random = new Random(spec.seed());
        ResultFacts facts = FactsFactory.create(random, spec.type(), asOf, spec.scenario() == Scenario.EXPIRED);
        int year = facts.issuedOn().getYear();
        String own = registerNo(year, spec.index() * 3 + 1);
        String other = registerNo(year, spec.index() * 3 + 2);
        Random extra = new Random(spec.seed() ^ 0x51B1L);
        return switch (spec.scenario()) {
            case UNMATCHED -> new Registered(facts, null, null, List.of(), List.of());
            case NEAR_DUPLICATE -> {
                ResultFacts sibling = otherHolder(facts, NumberFactory.sibling(facts.number(), extra), extra);
                yield new Registered(facts, own, RegisterStatus.ACTIVE, List.of(other), List.of(
                        RegisterRow.of(own, facts, RegisterStatus.ACTIVE), RegisterRow.of(other, sibling, RegisterStatus.ACTIVE)));
            }
            case AMBIGUOUS -> {
                String printed = NumberFactory.sibling(facts.number(), extra);
                String second;
                do {
                    second = NumberFactory.sibling(printed, extra);
                } while (second.equals(facts.number()));
                yield new Registered(facts.withNumber(printed), null, null, List.of(own, other), List.of(
                        RegisterRow.of(own, facts, RegisterStatus.ACTIVE),
                        RegisterRow.of(other, facts.withNumber(second), RegisterStatus.ACTIVE)));
            }
            default -> new Registered(facts, own, spec.scenario().registerStatus(), List.of(),
                    List.of(RegisterRow.of(own, facts, spec.scenario().registerStatus())));
        };
    }

    private static ResultFacts otherHolder(ResultFacts f, String number, Random random) {
        String holder = f.type().personal() ? VietnameseNames.person(random) : VietnameseNames.organisation(random, f.type());
        String id = f.type().personal() || VietnameseNames.individualBusiness(holder)
                ? VietnameseNames.citizenId(random, f.authority().region(), Picks.between(random, 1965, 1995), random.nextBoolean())
                : VietnameseNames.enterpriseCode(random, f.authority().region());
        int shift = Picks.between(random, -20, 20);
        LocalDate issued = f.issuedOn().plusDays(shift).getYear() == f.issuedOn().getYear() ? f.issuedOn().plusDays(shift) : f.issuedOn();
        LocalDate valid = f.validUntil() == null ? null : issued.plusYears(f.type().validityYears()).minusDays(1);
        return new ResultFacts(f.type(), f.authority(), number, holder, id, issued, valid, null, false);
    }

    static String registerNo(int year, int serial) { return String.format(Locale.ROOT, "SG-%d-%05d", year, serial); }

    /**
     * Register entries with no scan; from {@code count >= 2} the first two are a near-duplicate pair
     * (numbers one character apart). Statuses vary: ACTIVE, expired, REVOKED, REPLACED, SUSPENDED.
     */
    public List<RegisterRow> notYetDigitized(int count, long seed, int firstIndex) {
        List<RegisterRow> rows = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            int index = firstIndex + j;
            Random random = new Random(seed * 1_000_003L + index);
            if (j == 1) {
                RegisterRow a = rows.get(0);
                Random r0 = new Random(seed * 1_000_003L + firstIndex);
                ResultFacts base = FactsFactory.create(r0, SampleType.valueOf(a.typeCode()), asOf, false);
                ResultFacts sibling = otherHolder(base, NumberFactory.sibling(a.number(), random), random);
                rows.add(RegisterRow.of(registerNo(sibling.issuedOn().getYear(), index * 3 + 1), sibling, RegisterStatus.ACTIVE));
                continue;
            }
            SampleType type = j == 0 ? SampleType.ATTP_CSDK : Picks.one(random, SampleType.values());
            double p = random.nextDouble();
            boolean expired = type.hasTerm() && p < 0.15;
            RegisterStatus status = j == 0 || p < 0.6 ? RegisterStatus.ACTIVE
                    : p < 0.72 ? RegisterStatus.REVOKED : p < 0.84 ? RegisterStatus.REPLACED : RegisterStatus.SUSPENDED;
            ResultFacts f = FactsFactory.create(j == 0 ? new Random(seed * 1_000_003L + firstIndex) : random, type, asOf,
                    j != 0 && expired);
            rows.add(RegisterRow.of(registerNo(f.issuedOn().getYear(), index * 3 + 1), f, status));
        }
        return rows;
    }

    /**
     * Two ACTIVE register rows of the same type and issuer whose numbers differ by exactly one character
     * (e.g. 1234/2021/ATTP-CNĐK and 1284/2021/ATTP-CNĐK), for matcher ambiguity tests.
     */
    public List<RegisterRow> nearDuplicatePair(long seed) {
        return notYetDigitized(2, seed, 9000);
    }
}
