package vn.sogoc.archive.app;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.sogoc.archive.signing.SignatureLevel;

/**
 * All settings of the archive, under {@code archive.*}. The embedded defaults keep everything under
 * {@link #home()}; production points storage, signing and the database elsewhere.
 */
@ConfigurationProperties("archive")
public record ArchiveProperties(Path home, @DefaultValue("SỞ Y TẾ (DEMO)") String organisation,
                                @DefaultValue Digitize digitize, @DefaultValue Ocr ocr,
                                @DefaultValue Storage storage, @DefaultValue Signing signing) {

    /**
     * The digitization job. {@code threads} 0 means one worker per core; {@code chunkSize}: files each
     * worker records (database transaction, index commit) together.
     */
    public record Digitize(@DefaultValue("SAO Y") String signatureLabel,
                           @DefaultValue("B_LT") SignatureLevel signatureLevel,
                           @DefaultValue("200") int maxPages, @DefaultValue("0") int threads,
                           @DefaultValue("4") int chunkSize) {

        public Digitize {
            if (chunkSize < 1) throw new IllegalArgumentException("archive.digitize.chunk-size must be at least 1: " + chunkSize);
        }

        public int effectiveThreads() {
            return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        }
    }

    /** Tesseract: language model(s) and the tessdata folder. */
    public record Ocr(@DefaultValue("vie") String language,
                      @DefaultValue("/usr/share/tesseract-ocr/5/tessdata") String datapath) { }

    /**
     * The S3 object store. With {@code embedded} an S3 server (S3Proxy) is started on loopback over
     * {@code home/s3}; otherwise {@code endpoint} names the production server (MinIO).
     */
    public record Storage(@DefaultValue("true") boolean embedded, String endpoint,
                          @DefaultValue("archive") String bucket, @DefaultValue("us-east-1") String region,
                          @DefaultValue("archive-demo") String accessKey,
                          @DefaultValue("archive-demo-secret-not-for-production") String secretKey) { }

    /**
     * The organisation's signing key. With {@code demo} a labelled demo PKI is created under
     * {@code home/pki}; otherwise a PKCS#12 keystore, its password and alias, CRL files and a TSA URL.
     */
    public record Signing(@DefaultValue("true") boolean demo, Path keystore, String keystorePassword, String alias,
                          java.util.List<Path> crl, String tsaUrl, String tsaUser, String tsaPassword) { }

    public Path db() { return home.resolve("db"); }

    public Path s3Dir() { return home.resolve("s3"); }

    public Path indexDir() { return home.resolve("index"); }

    public Path pkiDir() { return home.resolve("pki"); }

    public Path workDir() { return home.resolve("work"); }
}
