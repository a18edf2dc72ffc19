package vn.sogoc.archive.app.certify;

import java.io.IOException;

import vn.sogoc.archive.signing.DocumentSigner;

/** Gives the signer of a person who signs in their own name (port: demo certificates or the person's token). */
public interface PersonalSigners {

    DocumentSigner signer(Signatory person) throws IOException;
}
