package vn.sogoc.archive.app.certify;

import java.io.IOException;

import org.springframework.stereotype.Component;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.pki.DemoPersonCertificates;
import vn.sogoc.archive.signing.pki.DemoPki;

/**
 * Personal signers from the demo PKI under {@code home/pki}: each person gets a demo certificate issued by
 * the same issuing CA as the organisation's (see {@link DemoPersonCertificates}). Without the demo PKI
 * ({@code archive.signing.demo=false}) it refuses: a real officer signs with their own token, which is
 * not wired yet.
 */
@Component
class DemoPersonalSigners implements PersonalSigners {

    private final ArchiveProperties properties;
    private volatile DemoPersonCertificates certificates;

    DemoPersonalSigners(ArchiveProperties properties) {
        this.properties = properties;
    }

    @Override
    public DocumentSigner signer(Signatory person) throws IOException {
        return certificates().signer(person.name(), person.title());
    }

    private DemoPersonCertificates certificates() throws IOException {
        DemoPersonCertificates c = certificates;
        if (c == null) {
            if (!properties.signing().demo()) {
                throw new IllegalStateException("Chữ ký cá nhân chỉ có với PKI demo / personal signatures are only "
                        + "available with the demo PKI (archive.signing.demo=true); a production officer's token is not configured");
            }
            synchronized (this) {
                if (certificates == null) {
                    certificates = new DemoPersonCertificates(DemoPki.openOrCreate(properties.pkiDir(), properties.organisation()));
                }
                c = certificates;
            }
        }
        return c;
    }
}
