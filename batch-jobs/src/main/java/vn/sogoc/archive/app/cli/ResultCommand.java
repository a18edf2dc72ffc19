package vn.sogoc.archive.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sogoc.archive.app.certify.Signatory;
import vn.sogoc.archive.app.results.BornDigitalResultService;
import vn.sogoc.archive.app.results.IssuedResult;
import vn.sogoc.archive.app.results.ResultIssue;
import vn.sogoc.archive.app.results.ResultRefusedException;

/** {@code result issue FILE.pdf --type … --number … --holder … --issued-on … --signer "NAME, TITLE"}: born-digital results. */
@Command(name = "result", mixinStandardHelpOptions = true,
        description = "Kết quả TTHC điện tử / born-digital results", subcommands = {ResultCommand.Issue.class})
class ResultCommand {

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = {"Ký số, vào sổ gốc và lưu trữ một kết quả điện tử / sign, register and archive a born-digital result",
                    "Lỗi từ chối trả mã 1, không ghi gì / refusals exit 1 and record nothing"})
    static class Issue implements Callable<Integer> {

        @Parameters(paramLabel = "FILE.pdf")
        Path file;

        @Option(names = "--type", required = true, paramLabel = "TYPE", description = "Mã loại kết quả (danh mục) / result type code")
        String type;

        @Option(names = "--number", required = true, paramLabel = "NUMBER", description = "Số, ký hiệu / number and symbol")
        String number;

        @Option(names = "--holder", required = true, paramLabel = "HOLDER_ID")
        String holder;

        @Option(names = "--holder-name", paramLabel = "NAME", description = "Tên chủ thể (mặc định: từ sổ gốc hoặc văn bản)")
        String holderName;

        @Option(names = "--issued-on", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate issuedOn;

        @Option(names = "--valid-until", paramLabel = "YYYY-MM-DD")
        LocalDate validUntil;

        @Option(names = "--signer", required = true, paramLabel = "\"NAME, TITLE\"", description = "Người ký / signer")
        String signer;

        private final BornDigitalResultService service;

        Issue(BornDigitalResultService service) {
            this.service = service;
        }

        @Override
        public Integer call() throws Exception {
            try {
                IssuedResult r = service.issue(new ResultIssue(file, type, number, holder, holderName, issuedOn, validUntil,
                        Signatory.parse(signer)));
                System.out.printf("Đã ban hành / issued: %s (%s, %d trang%s)%n  %s  SHA-256 %s%n", r.registerNo(), number,
                        r.pages(), r.convertedToPdfa() ? ", chuyển sang PDF/A / converted to PDF/A" : ", PDF/A giữ nguyên / kept",
                        r.objectKey(), r.sha256());
                return 0;
            } catch (ResultRefusedException e) {
                return Refusals.print(e);
            } catch (IllegalArgumentException e) {
                return Refusals.print(Refusals.REFUSED, e);
            }
        }
    }
}
