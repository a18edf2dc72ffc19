package vn.sogoc.archive.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sogoc.archive.register.RegisterStatus;

class RegisterCsvTest {

    @Test
    void writesHeaderAndQuotesPerRfc4180(@TempDir Path dir) throws Exception {
        RegisterRow row = new RegisterRow("SG-2021-00001", "KCB_GPHD", "123/BYT-GPHĐ", "Công ty TNHH \"An Phát\", chi nhánh 1",
                "0312345678-001", LocalDate.of(2021, 9, 26), null, RegisterStatus.REVOKED, "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH",
                "Khám bệnh, chữa bệnh");
        Path file = dir.resolve("register.csv");
        RegisterCsv.write(List.of(row), file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("register_no,type_code,number,holder_name,holder_id,issued_on,valid_until,status,issuer,field");
        assertThat(lines.get(1)).isEqualTo("SG-2021-00001,KCB_GPHD,123/BYT-GPHĐ,\"Công ty TNHH \"\"An Phát\"\", chi nhánh 1\","
                + "0312345678-001,2021-09-26,,REVOKED,\"CỤC QUẢN LÝ KHÁM, CHỮA BỆNH\",\"Khám bệnh, chữa bệnh\"");
        assertThat(RegisterCsv.read(file)).containsExactly(row);
    }

    @Test
    void parsesCrlfAndQuotedLineBreaks() {
        assertThat(RegisterCsv.parse("a,b\r\n\"x\r\ny\",\"\"\r\n")).containsExactly(List.of("a", "b"), List.of("x\r\ny", ""));
    }

    @Test
    void rejectsAWrongHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "register_no,number\nSG-1,1/GPP\n");
        assertThatThrownBy(() -> RegisterCsv.read(file)).hasMessageContaining("header");
    }
}
