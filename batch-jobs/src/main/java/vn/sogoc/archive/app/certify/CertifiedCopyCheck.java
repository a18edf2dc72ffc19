package vn.sogoc.archive.app.certify;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.sogoc.archive.app.copies.OtherCopyRegister;
import vn.sogoc.archive.signing.verify.Finding;

/**
 * What a verifier ({@code bin/archive verify}, the copies issue's VerificationService) needs to recognise
 * a certified copy from a paper original: whether the certification register holds a line with the file's
 * SHA-256. A certified copy has no expiry of its own and names no master-register entry, so the line is the
 * whole register check; the signatures (certifying officer and organisation) are checked as for any copy.
 * Call {@link #check} when the copy register does not know the SHA-256.
 */
@Component
public class CertifiedCopyCheck implements OtherCopyRegister {

    private final CertificationRegister register;

    public CertifiedCopyCheck(CertificationRegister register) {
        this.register = register;
    }

    /** The certification line of a file with this SHA-256 (upper-case hex), if it is a certified copy. */
    public Optional<CertificationLine> line(String sha256) {
        return register.findBySha256(sha256);
    }

    /** A passed finding naming the certification when the register has the SHA-256; empty otherwise. */
    @Override
    public Optional<Finding> check(String sha256) {
        return line(sha256).map(l -> Finding.passed("IN_CERTIFICATION_REGISTER",
                "Bản sao chứng thực từ bản chính số " + l.certificationNo() + " (quyển số " + l.book() + "/" + l.year()
                        + ", ngày " + l.certifiedAt().toLocalDate() + ") có trong sổ chứng thực, cùng SHA-256",
                "Certified copy no. " + l.certificationNo() + " (book " + l.book() + "/" + l.year() + ", "
                        + l.certifiedAt().toLocalDate() + ") is in the certification register with the same SHA-256"));
    }
}
