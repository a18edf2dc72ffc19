package vn.sogoc.archive.app.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sogoc.archive.register.RegisterStatus;

class RegisterCsvParserTest {

    static final String HEADER = "register_no,type_code,number,holder_name,holder_id,issued_on,valid_until,status,issuer,field\n";

    @TempDir
    Path dir;

    private final RegisterCsvParser parser = new RegisterCsvParser(Set.of("ATTP_CSDK", "KCB_CCHN"));

    private Path csv(String body) throws Exception {
        Path f = dir.resolve("register.csv");
        Files.writeString(f, HEADER + body, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void parsesQuotedVietnameseRows() throws Exception {
        List<RegisterRow> rows = parser.parse(csv("""
                SG-2021-00001,ATTP_CSDK,8390/2021/ATTP-CNĐK,"Công ty TNHH Dược Minh Châu, chi nhánh 1",0312345678,2021-09-26,2024-09-25,ACTIVE,CỤC AN TOÀN THỰC PHẨM,An toàn thực phẩm
                SG-2019-00002,KCB_CCHN,000123/BYT-CCHN,Đặng Hữu Dũng,079123456789,2019-03-01,,ACTIVE,BỘ Y TẾ,"Khám bệnh, chữa bệnh"
                """));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).entry().holderName()).isEqualTo("Công ty TNHH Dược Minh Châu, chi nhánh 1");
        assertThat(rows.get(0).entry().validUntil()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(rows.get(1).entry().validUntil()).isNull();
        assertThat(rows.get(1).entry().status()).isEqualTo(RegisterStatus.ACTIVE);
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void everyErrorNamesLineAndColumnAndNothingIsReturned() throws Exception {
        Path f = csv("""
                SG-1,ATTP_CSDK,8390/2021/ATTP-CNĐK,Cơ sở A,0312345678,2021-09-26,2024-09-25,ACTIVE,X,Y
                SG-2,NO_SUCH,8391/2021/ATTP-CNĐK,Cơ sở B,0312345679,2021-13-01,,ACTIVE,X,Y
                SG-1,ATTP_CSDK,not a number,,0312345670,2021-01-01,2020-01-01,MAYBE,X,Y
                """);
        assertThatThrownBy(() -> parser.parse(f))
                .isInstanceOf(RegisterImportException.class)
                .satisfies(e -> {
                    List<String> errors = ((RegisterImportException) e).errors();
                    assertThat(errors).anyMatch(m -> m.startsWith("line 3, column 2 (type_code)"));
                    assertThat(errors).anyMatch(m -> m.startsWith("line 3, column 6 (issued_on)"));
                    assertThat(errors).anyMatch(m -> m.startsWith("line 4, column 1 (register_no)") && m.contains("duplicate"));
                    assertThat(errors).anyMatch(m -> m.startsWith("line 4, column 3 (number)"));
                    assertThat(errors).anyMatch(m -> m.startsWith("line 4, column 4 (holder_name)"));
                    assertThat(errors).anyMatch(m -> m.startsWith("line 4, column 7 (valid_until)"));
                    assertThat(errors).anyMatch(m -> m.startsWith("line 4, column 8 (status)"));
                    assertThat(e.getMessage()).startsWith("register.csv:");
                });
    }

    @Test
    void missingColumnsAndNonUtf8AreRefused() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "register_no,type_code\nSG-1,ATTP_CSDK\n");
        assertThatThrownBy(() -> parser.parse(f)).isInstanceOf(RegisterImportException.class)
                .hasMessageContaining("missing column");
        Files.write(f, (HEADER + "SG-1,ATTP_CSDK,1/A,C\u00f4ng,1,2021-01-01,,ACTIVE,X,Y\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> parser.parse(f)).isInstanceOf(RegisterImportException.class)
                .hasMessageContaining("UTF-8");
    }
}
