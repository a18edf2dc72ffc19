package vn.sogoc.archive.signing.pki;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the demo PKI's files lie under its home directory (see {@link DemoPki}). */
record DemoPkiLayout(Path home) {

    Path rootPem() {
        return home.resolve("root-ca.pem");
    }

    Path certs() {
        return home.resolve("certs");
    }

    Path issuingCaCert() {
        return certs().resolve("issuing-ca.der");
    }

    Path organisationCert() {
        return certs().resolve("organisation.der");
    }

    Path tsaCert() {
        return certs().resolve("tsa.der");
    }

    Path issuingCrl() {
        return home.resolve("crl").resolve("issuing-ca.crl");
    }

    Path rootCrl() {
        return home.resolve("crl").resolve("root-ca.crl");
    }

    Path keystores() {
        return home.resolve("keystores");
    }

    Path organisationKeystore() {
        return keystores().resolve("organisation.p12");
    }

    Path tsaKeystore() {
        return keystores().resolve("tsa.p12");
    }

    Path issuingCaKeystore() {
        return keystores().resolve("issuing-ca.p12");
    }

    Path persons() {
        return home.resolve("persons");
    }

    Path readme() {
        return home.resolve("README-DEMO.txt");
    }

    Path lockFile() {
        return home.resolve(".demo-pki.lock");
    }

    /** True once every file has been written (the README comes last). */
    boolean isComplete() {
        return Files.isRegularFile(readme());
    }
}
