package vn.sogoc.archive.register.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.classify.ExtractedMetadata;
import vn.sogoc.archive.classify.PrintedFormExtractor;
import vn.sogoc.archive.classify.SampleDocs;
import vn.sogoc.archive.classify.TestCatalog;
import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterLookup;
import vn.sogoc.archive.register.RegisterMatch;
import vn.sogoc.archive.register.RegisterMatch.Kind;
import vn.sogoc.archive.register.RegisterStatus;

class FuzzyRegisterMatcherTest {

    static RegisterEntry entry(String no, String type, String number, String holder, String id, String issued) {
        return new RegisterEntry(no, type, number, holder, id, issued == null ? null : LocalDate.parse(issued), null,
                RegisterStatus.ACTIVE, "SỞ Y TẾ", "Dược phẩm");
    }

    static RegisterLookup lookup(List<RegisterEntry> entries) {
        return new RegisterLookup() {
            @Override public Optional<RegisterEntry> findByRegisterNo(String registerNo) {
                return entries.stream().filter(e -> e.registerNo().equals(registerNo)).findFirst();
            }
            @Override public List<RegisterEntry> allEntries() { return entries; }
            @Override public Optional<String> digitizedFromSource(String registerNo) { return Optional.empty(); }
        };
    }

    static ExtractedMetadata number(String n) { return new ExtractedMetadata(n, null, null, null, null, null); }

    private final List<RegisterEntry> register = new ArrayList<>(List.of(
            entry("SG-1", "ATTP_CSDK", "8390/2021/ATTP-CNĐK", "Công ty TNHH Thực phẩm Sao Mai", "0312345678", "2021-09-26"),
            entry("SG-2", "ATTP_CSDK", "5120/2021/ATTP-CNĐK", "Công ty TNHH Nước Trong", "0311111111", "2021-05-02"),
            entry("SG-3", "DUOC_GPP", "3377/GPP", "Nhà thuốc Minh Châu", "0399999999", "2022-11-15"),
            entry("SG-4", "DUOC_GPP", "3378/GPP", "Nhà thuốc Hồng Phúc", "0388888888", "2022-11-15"),
            entry("SG-5", "KCB_CCHN", "000123/BYT-CCHN", "Trần Thị Minh Anh", "079185001234", "2019-01-05"),
            entry("SG-6", "MP_CBMP", "71846/18/CBMP-QLD", "Công ty TNHH Mỹ phẩm Hoa Sen", "0101112223", "2018-06-06"),
            entry("SG-7", "TTB_SLH", "256/QĐ-BYT", "Công ty Cổ phần Thiết bị Y tế Việt Đức", "0101234567-001", "2023-01-20"),
            entry("SG-8", "DUOC_DDKKD", "4521/ĐKKDD-HCM", "Nhà thuốc Minh Châu", "0399999999", "2022-03-08")));

    private FuzzyRegisterMatcher matcher() { return new FuzzyRegisterMatcher(lookup(register)); }

    @Test
    void exactNumberMatchesWhateverTheOcrDidToSpacesAccentsAndDigits() {
        for (String read : List.of("8390/2021/ATTP-CNĐK", "8390/2021/ATTP-CNDK", "8390 / 2021/ATTP- CNĐK",
                "839O/2O21/attp-cndk", "8390/2021/ATTP-CNÐK")) {
            RegisterMatch m = matcher().match(number(read), "ATTP_CSDK", "");
            assertThat(m.kind()).as(read).isEqualTo(Kind.MATCHED);
            assertThat(m.entry().registerNo()).isEqualTo("SG-1");
            assertThat(m.distance()).isZero();
        }
    }

    @Test
    void fuzzyMatchNeedsTheHolderToAgree() {
        ExtractedMetadata read = new ExtractedMetadata("8390/2021/ATTP-CNDX", null, null,
                "CONG TY TNHH THUC PHAM SAO MAI", null, null);
        RegisterMatch m = matcher().match(read, "ATTP_CSDK", "");
        assertThat(m.kind()).isEqualTo(Kind.MATCHED);
        assertThat(m.distance()).isEqualTo(1);
        RegisterMatch unconfirmed = matcher().match(number("8390/2021/ATTP-CNDX"), "ATTP_CSDK", "");
        assertThat(unconfirmed.kind()).isEqualTo(Kind.AMBIGUOUS);
        assertThat(unconfirmed.candidates()).extracting(RegisterEntry::registerNo).containsExactly("SG-1");
    }

    @Test
    void twoRegisterNumbersOneCharacterApartAreAmbiguousNeverAWrongMatch() {
        // 3379 is one edit from both 3377 and 3378
        RegisterMatch m = matcher().match(number("3379/GPP"), "DUOC_GPP", "");
        assertThat(m.kind()).isEqualTo(Kind.AMBIGUOUS);
        assertThat(m.candidates()).extracting(RegisterEntry::registerNo).containsExactlyInAnyOrder("SG-3", "SG-4");
        // exact read of 3377, but 3378 is one edit away: the holder must say which
        assertThat(matcher().match(number("3377/GPP"), "DUOC_GPP", "").kind()).isEqualTo(Kind.AMBIGUOUS);
    }

    @Test
    void holderIdResolvesANearTie() {
        ExtractedMetadata read = new ExtractedMetadata("3377/GPP", null, null, null, "0399999999", null);
        RegisterMatch m = matcher().match(read, "DUOC_GPP", "");
        assertThat(m.kind()).isEqualTo(Kind.MATCHED);
        assertThat(m.entry().registerNo()).isEqualTo("SG-3");
        ExtractedMetadata name = new ExtractedMetadata("3378/GPP", null, null, "Nha thuoc Hong Phuc", null, null);
        assertThat(matcher().match(name, "DUOC_GPP", "").entry().registerNo()).isEqualTo("SG-4");
    }

    @Test
    void sameHolderTwiceIsResolvedOnlyByADate() {
        register.add(entry("SG-9", "DUOC_GPP", "3376/GPP", "Nhà thuốc Minh Châu", "0399999999", "2019-10-01"));
        ExtractedMetadata idOnly = new ExtractedMetadata("3377/GPP", null, null, null, "0399999999", null);
        assertThat(matcher().match(idOnly, "DUOC_GPP", "").kind()).isEqualTo(Kind.AMBIGUOUS);
        ExtractedMetadata withDate = new ExtractedMetadata("3377/GPP", LocalDate.of(2022, 11, 15), null, null,
                "0399999999", null);
        assertThat(matcher().match(withDate, "DUOC_GPP", "").entry().registerNo()).isEqualTo("SG-3");
    }

    @Test
    void numberNotInTheRegisterIsNone() {
        assertThat(matcher().match(number("9999/2020/ATTP-CNĐK"), "ATTP_CSDK", "").kind()).isEqualTo(Kind.NONE);
        assertThat(matcher().match(number("1/GPP"), "DUOC_GPP", "").kind()).isEqualTo(Kind.NONE);
        assertThat(matcher().match(ExtractedMetadata.empty(), null, "").kind()).isEqualTo(Kind.NONE);
        assertThat(matcher().match(ExtractedMetadata.empty(), null, "no numbers here").kind()).isEqualTo(Kind.NONE);
    }

    @Test
    void contradictingHolderOrTypeBlocksAnExactMatch() {
        ExtractedMetadata other = new ExtractedMetadata("8390/2021/ATTP-CNĐK", null, null, "Hợp tác xã Rau Sạch", null, null);
        RegisterMatch m = matcher().match(other, "ATTP_CSDK", "");
        assertThat(m.kind()).isEqualTo(Kind.AMBIGUOUS);
        assertThat(matcher().match(number("8390/2021/ATTP-CNĐK"), "ATTP_XNCB", "").kind()).isEqualTo(Kind.AMBIGUOUS);
        ExtractedMetadata otherId = new ExtractedMetadata("256/QĐ-BYT", null, null, null, "0109999999", null);
        assertThat(matcher().match(otherId, "TTB_SLH", "").kind()).isEqualTo(Kind.AMBIGUOUS);
    }

    @Test
    void longNumbersTolerateTwoEdits() {
        ExtractedMetadata read = new ExtractedMetadata("71840/19/CBMP-QLD", null, null, null, "0101112223", null);
        RegisterMatch m = matcher().match(read, "MP_CBMP", "");
        assertThat(m.kind()).isEqualTo(Kind.MATCHED);
        assertThat(m.distance()).isEqualTo(2);
        ExtractedMetadata three = new ExtractedMetadata("71000/18/CBMP-QLD", null, null, null, "0101112223", null);
        assertThat(matcher().match(three, "MP_CBMP", "").kind()).isEqualTo(Kind.NONE);
        ExtractedMetadata shortTwo = new ExtractedMetadata("25/QĐ-BY", null, null, null, "0101234567-001", null);
        assertThat(matcher().match(shortTwo, "TTB_SLH", "").kind()).isEqualTo(Kind.NONE);
    }

    @Test
    void numberFromTheTextWhenTheExtractorMissedIt() {
        String text = "BO Y TE\n5 o : 000123 / BYT-CCHN\nHo va ten: Tran Thi Minh Anh";
        ExtractedMetadata read = new ExtractedMetadata(null, null, null, "Tran Thi Minh Anh", null, null);
        RegisterMatch m = matcher().match(read, "KCB_CCHN", text);
        assertThat(m.kind()).isEqualTo(Kind.MATCHED);
        assertThat(m.entry().registerNo()).isEqualTo("SG-5");
        // without anything confirming it, a number found in the body is only a hint
        assertThat(matcher().match(ExtractedMetadata.empty(), "KCB_CCHN", text).kind()).isEqualTo(Kind.AMBIGUOUS);
    }

    @Test
    void aReferencedCertificateInTheBodyIsNotMatchedAsTheDocument() {
        // GPP certificate whose own number is unreadable; the body quotes the pharmacy's DDKKD certificate
        String text = SampleDocs.DUOC_GPP.replace("Số: 3377/GPP", "S~: ~~~");
        ExtractedMetadata read = new PrintedFormExtractor(TestCatalog.load()).extract(text, "DUOC_GPP");
        RegisterMatch m = matcher().match(read, "DUOC_GPP", text);
        assertThat(m.kind()).isNotEqualTo(Kind.MATCHED);
    }

    @Test
    void endToEndFromSampleText() {
        var extractor = new PrintedFormExtractor(TestCatalog.load());
        String text = SampleDocs.ATTP_CSDK.replace("Số: 8390/2021/ATTP-CNĐK", "S6: 8390 / 2O21/ATTP- CNDK");
        RegisterMatch m = matcher().match(extractor.extract(text, "ATTP_CSDK"), "ATTP_CSDK", text);
        assertThat(m.kind()).isEqualTo(Kind.MATCHED);
        assertThat(m.entry().registerNo()).isEqualTo("SG-1");
        String gpp = SampleDocs.DUOC_GPP;
        RegisterMatch g = matcher().match(extractor.extract(gpp, "DUOC_GPP"), "DUOC_GPP", gpp);
        assertThat(g.kind()).isEqualTo(Kind.MATCHED);
        assertThat(g.entry().registerNo()).isEqualTo("SG-3");
    }

    @Test
    void duplicateKeysInTheRegisterAreAmbiguous() {
        register.add(entry("SG-10", "ATTP_CSDK", "5120/2021/ATTP-CNDK", "Công ty TNHH Nước Trong", "0311111111", "2021-05-02"));
        assertThat(matcher().match(number("5120/2021/ATTP-CNĐK"), "ATTP_CSDK", "").kind()).isEqualTo(Kind.AMBIGUOUS);
    }

    @Test
    void indexFollowsRegisterChanges() {
        FuzzyRegisterMatcher m = matcher();
        assertThat(m.match(number("1111/2022/ATTP-CNĐK"), null, "").kind()).isEqualTo(Kind.NONE);
        register.add(entry("SG-11", "ATTP_CSDK", "1111/2022/ATTP-CNĐK", "A", null, null));
        assertThat(m.match(number("1111/2022/ATTP-CNĐK"), null, "").kind()).isEqualTo(Kind.MATCHED);
    }

    @Test
    void keyNormalisation() {
        assertThat(NumberKey.of("8390 / 2O21/ATTP- CNĐK")).isEqualTo("8390/2021/ATTP-CNDK");
        assertThat(NumberKey.of("l25/QĐ-BYT")).isEqualTo("125/QD-BYT");
        assertThat(NumberKey.of("000123/BYT–CCHN")).isEqualTo("000123/BYT-CCHN");
        assertThat(NumberKey.of("12/HNO-GPHĐ")).isEqualTo("12/HNO-GPHD");
    }
}
