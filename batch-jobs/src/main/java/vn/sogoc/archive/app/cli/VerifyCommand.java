package vn.sogoc.archive.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.sogoc.archive.app.copies.CopyVerification;
import vn.sogoc.archive.app.copies.Verdict;
import vn.sogoc.archive.app.copies.VerificationService;
import vn.sogoc.archive.signing.verify.Finding;
import vn.sogoc.archive.signing.verify.SignatureCheck;

/**
 * {@code verify FILE.pdf}: verifies a copy (signatures, trust, revocation, timestamp, copy register,
 * the result still in force) and prints the verdict with every reason; exit 0 only for VALID.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Kiểm tra bản sao điện tử / verify an electronic copy (exit 0 only when VALID)")
class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.pdf")
    Path file;

    private final VerificationService verification;

    VerifyCommand(VerificationService verification) {
        this.verification = verification;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": không có tệp này / no such file");
            return 2;
        }
        CopyVerification v = verification.verify(file);
        System.out.println(file.getFileName() + "  SHA-256 " + v.sha256());
        if (v.line() != null) {
            System.out.printf("Bản sao / copy %s số / number %s, mục sổ gốc / register entry %s, cấp / issued %s%n",
                    v.line().copyId(), v.line().copyNumber(), v.line().registerNo(), v.line().issuedAt());
        }
        for (SignatureCheck s : v.signatures()) {
            System.out.printf("Chữ ký / signature %s: %s, %s, ký bởi / signed by %s, dấu thời gian / timestamp %s%n",
                    s.fieldName(), s.outcome(), s.level(), s.signerSubject(), s.timestampTime());
            for (Finding f : s.findings()) System.out.println("  " + mark(f) + " " + f.text());
        }
        for (Finding f : v.findings()) System.out.println(mark(f) + " " + f.text());
        String word = switch (v.verdict()) {
            case VALID -> "HỢP LỆ";
            case INVALID -> "KHÔNG HỢP LỆ";
            case INDETERMINATE -> "CHƯA XÁC ĐỊNH";
        };
        System.out.println("Kết luận / verdict: " + word + " / " + v.verdict());
        return v.verdict() == Verdict.VALID ? 0 : 1;
    }

    private static String mark(Finding f) {
        return switch (f.weight()) {
            case PASSED -> "[OK]";
            case INDETERMINATE -> "[??]";
            case FAILED -> "[XX]";
        };
    }
}
