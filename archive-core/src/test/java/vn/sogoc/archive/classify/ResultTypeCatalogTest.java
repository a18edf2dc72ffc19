package vn.sogoc.archive.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ResultTypeCatalogTest {

    private static ResultTypeCatalog load(String csv) throws Exception {
        return ResultTypeCatalog.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "types.csv");
    }

    @Test
    void loadsTheShippedCatalog() {
        ResultTypeCatalog c = TestCatalog.load();
        assertThat(c.size()).isEqualTo(8);
        ResultType xncb = c.find("ATTP_XNCB").orElseThrow();
        assertThat(xncb.numberPattern()).isEqualTo("NNNN/YYYY/ATTP-XNCB; NNNN/YYYY/ĐKSP");
        assertThat(c.find("KCB_CCHN").orElseThrow().titleVi()).isEqualTo("Chứng chỉ hành nghề khám bệnh, chữa bệnh");
        assertThat(c.find("NOPE")).isEmpty();
    }

    @Test
    void quotingBomCrlfAndColumnOrder() throws Exception {
        String csv = "\uFEFFtitle_vi,code,field_vi,typical_issuer_vi,typical_number_pattern,validity\r\n"
                + "\"Giấy \"\"A\"\", dòng\nhai\",X1,F,I,NNN/X,\r\n";
        ResultType t = load(csv).find("X1").orElseThrow();
        assertThat(t.titleVi()).isEqualTo("Giấy \"A\", dòng\nhai");
        assertThat(t.validity()).isEmpty();
    }

    @Test
    void errorsNameTheLine() {
        String header = "code,title_vi,field_vi,typical_issuer_vi,typical_number_pattern,validity\n";
        assertThatThrownBy(() -> load(header + "A,T,F,I,P,V\nB,T,F\n"))
                .isInstanceOf(CatalogFormatException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> load(header + "A,\"multi\nline\",F,I,P,V\nA,T,F,I,P,V\n"))
                .hasMessageContaining("line 4").hasMessageContaining("line 2");
        assertThatThrownBy(() -> load(header + "A,\"open,F,I,P,V\n"))
                .hasMessageContaining("line 2").hasMessageContaining("never closed");
        assertThatThrownBy(() -> load("code,title\nA,T\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> load(header + ",T,F,I,P,V\n")).hasMessageContaining("line 2");
    }
}
