package vn.sogoc.archive.app.copies;

import java.util.Optional;

import vn.sogoc.archive.signing.verify.Finding;

/**
 * Another register of signed copies that {@link VerificationService} consults when the copy register
 * does not know a file's SHA-256 — e.g. the certification register (sổ chứng thực) of copies certified
 * from paper originals. Returns a finding when it holds the file, empty otherwise.
 */
public interface OtherCopyRegister {

    Optional<Finding> check(String sha256);
}
