package vn.sogoc.archive.app.register;

import java.util.List;

/** A register file that was refused as a whole; each error names its line and column. */
public class RegisterImportException extends Exception {

    private final List<String> errors;

    public RegisterImportException(String file, List<String> errors) {
        super(file + ": " + errors.size() + " lỗi, không nhập dòng nào / " + errors.size()
                + " error(s), nothing imported:\n  " + String.join("\n  ", errors.subList(0, Math.min(50, errors.size())))
                + (errors.size() > 50 ? "\n  … (" + (errors.size() - 50) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() { return errors; }
}
