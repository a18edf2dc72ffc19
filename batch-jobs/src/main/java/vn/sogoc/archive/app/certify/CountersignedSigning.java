package vn.sogoc.archive.app.certify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.signing.SignatureResult;

/**
 * The two PAdES signatures of a document issued at the counter (Decree 30/2020 appearances): first the
 * person who signs in their own name (personal certificate), then the organisation with its label (e.g.
 * "BẢN SAO" on a certified copy, "KẾT QUẢ ĐIỆN TỬ" on a born-digital result), both with the same reason
 * at {@code archive.counter.signature-level}. Used by certified copies and born-digital results.
 */
@Component
public class CountersignedSigning {

    private final DocumentSigner organisationSigner;
    private final PersonalSigners personalSigners;
    private final CounterProperties counter;
    private final ArchiveProperties properties;

    public CountersignedSigning(DocumentSigner organisationSigner, PersonalSigners personalSigners, CounterProperties counter,
                                ArchiveProperties properties) {
        this.organisationSigner = organisationSigner;
        this.personalSigners = personalSigners;
        this.counter = counter;
        this.properties = properties;
    }

    /**
     * Signs {@code unsigned} as {@code person}, then as the organisation under {@code organisationLabel}, into
     * {@code signed}; the intermediate file lives in the work folder and is deleted.
     *
     * @return the organisation's signature (its time is the issuing time)
     */
    public SignatureResult sign(Path unsigned, Path signed, Signatory person, String organisationLabel, String reason)
            throws IOException {
        Files.createDirectories(properties.workDir());
        Path personSigned = Files.createTempFile(properties.workDir(), "person-signed-", ".pdf");
        try {
            personalSigners.signer(person).sign(unsigned, personSigned,
                    new SignatureRequest(person.name(), person.title(), reason, counter.signatureLevel()));
            return organisationSigner.sign(personSigned, signed,
                    new SignatureRequest(organisationLabel, properties.organisation(), reason, counter.signatureLevel()));
        } finally {
            Files.deleteIfExists(personSigned);
        }
    }
}
