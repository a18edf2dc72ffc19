package vn.sogoc.archive.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.app.digitize.DigitizeJobRunner;
import vn.sogoc.archive.app.register.RegisterImporter;
import vn.sogoc.archive.app.web.security.ApiClients;
import vn.sogoc.archive.app.web.security.Role;
import vn.sogoc.archive.app.web.security.UserAccounts;
import vn.sogoc.archive.search.SearchIndex;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.text.Hashes;

/**
 * The web layer end to end on the real parts (Tomcat, Spring Security, H2, S3Proxy, iText signatures,
 * Lucene) over three of the demo scans (one archived, two in review): a clerk in a real headless
 * browser (Debian chromium + chromedriver, Selenium) logs in, searches without diacritics, opens the
 * record, issues a copy, downloads and verifies it; an archivist clears the review queue; a system
 * client fetches the copy by ID with its API key (audited with its name). A screenshot of each page is
 * kept in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // close the server and the home's files before the temporary home is deleted
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebEndToEndTests {

    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    static final Path SHOTS = Path.of("target", "screenshots").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(7));
    static final String PASSWORD = "e2e-password-123";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path home;
    @TempDir
    static Path downloads;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("archive.home", () -> home.toString());
    }

    @LocalServerPort int port;
    @Autowired RegisterImporter importer;
    @Autowired DigitizeJobRunner runner;
    @Autowired UserAccounts users;
    @Autowired ApiClients clients;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectStore store;
    @Autowired SearchIndex index;

    static String systemKey;
    static String copyId;
    static WebDriver browser;

    @AfterAll
    static void quit() {
        if (browser != null) browser.quit();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    @Order(1)
    void archiveWithThreeScans() throws Exception {
        importer.importFile(SAMPLES.resolve("register.csv"));
        Path input = Files.createDirectories(home.resolve("input"));
        for (String f : List.of("scan-01.jpg", "scan-05.jpg", "scan-08.jpg")) {
            Files.copy(SAMPLES.resolve("scans").resolve(f), input.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        DigitizeJobRunner.RunSummary s = runner.run(input, TODAY, null);
        assertThat(s.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(s.count("ARCHIVED")).isEqualTo(1);
        users.save("e2e-clerk", PASSWORD, List.of(Role.CLERK), false);
        users.save("e2e-archivist", PASSWORD, List.of(Role.ARCHIVIST), false);
        systemKey = clients.create("Cổng dịch vụ công", Role.SYSTEM).key();
    }

    @Test
    @Order(2)
    void clerkSearchesOpensIssuesDownloadsAndVerifiesACopyInTheBrowser() throws Exception {
        browser = chromium();
        browser.get(base() + "/search");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        shot("01-login");
        login("e2e-clerk");
        assertThat(browser.getCurrentUrl()).contains("/search"); // back where the clerk was going
        browser.get(base() + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Xin chào");
        shot("02-home");

        browser.get(base() + "/search");
        browser.findElement(By.id("q")).sendKeys("giay chung nhan an toan thuc pham phuc khang");
        clickAndWaitForNextPage(browser.findElement(By.id("search-submit")));
        assertThat(browser.findElement(By.id("total")).getText()).contains("Tìm thấy 1 hồ sơ");
        WebElement hit = browser.findElement(By.cssSelector(".hit-link"));
        assertThat(hit.getText()).contains("665/2025/ATTP-CNĐK").contains("Phúc Khang");
        assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".facet-link"))).extracting(WebElement::getText).contains("ATTP_CSDK");
        shot("03-search");

        clickAndWaitForNextPage(hit);
        assertThat(browser.getCurrentUrl()).endsWith("/records/SG-2025-00001");
        assertThat(browser.findElement(By.id("register-entry")).getText()).contains("SG-2025-00001").contains("SỞ Y TẾ BẮC NINH");
        assertThat(browser.findElement(By.id("record-pdf")).getAttribute("src")).endsWith("/records/SG-2025-00001/pdf");
        Thread.sleep(1500); // let the inline PDF render for the screenshot
        shot("04-record");

        browser.findElement(By.id("requester")).sendKeys("Nguyễn Văn Bình");
        browser.findElement(By.id("purpose")).sendKeys("Bổ sung hồ sơ xin cấp phép");
        clickAndWaitForNextPage(browser.findElement(By.id("copy-submit")));
        assertThat(browser.getCurrentUrl()).contains("/copies/");
        copyId = browser.findElement(By.id("copy-id")).getText().strip();
        assertThat(browser.findElement(By.id("copy-number")).getText()).isNotBlank();
        shot("05-copy");

        browser.findElement(By.id("copy-download")).click();
        Path pdf = awaitDownload();
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        String sha = jdbc.sql("SELECT sha256 FROM copy_register WHERE copy_id = ?").param(copyId).query(String.class).single();
        assertThat(Hashes.sha256(pdf)).isEqualTo(sha.strip());

        clickAndWaitForNextPage(browser.findElement(By.id("copy-verify")));
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("HỢP LỆ");
        shot("06-copy-verified");

        browser.get(base() + "/copies");
        assertThat(browser.findElement(By.id("copy-register")).getText()).contains("Nguyễn Văn Bình");
        shot("07-copy-register");

        browser.get(base() + "/search?lang=en");
        assertThat(browser.findElement(By.id("search-submit")).getText()).isEqualTo("Search");
        shot("08-search-english");
        browser.get(base() + "/search?lang=vi");
        assertThat(browser.findElement(By.id("search-submit")).getText()).isEqualTo("Tìm");

        browser.get(base() + "/verify/" + copyId);
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("HỢP LỆ");
        shot("09-public-verification");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'COPY_FETCHED' AND actor = 'e2e-clerk'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RECORD_FETCHED' AND actor = 'e2e-clerk'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    @Order(3)
    void archivistSeesTheReviewQueueWithTheScanBesideTheFields() throws Exception {
        clickAndWaitForNextPage(browser.findElement(By.cssSelector("header form button"))); // log out
        login("e2e-archivist");
        browser.get(base() + "/review");
        assertThat(browser.findElement(By.id("review-table")).getText()).contains("UNMATCHED").contains("NOT_IN_FORCE");
        shot("10-review-queue");
        String unmatched = reviewId("UNMATCHED");
        browser.get(base() + "/review/" + unmatched);
        assertThat(browser.findElement(By.id("scan-pdf")).getAttribute("src")).contains("/review/" + unmatched + "/scan");
        assertThat(browser.findElement(By.id("number")).getAttribute("value")).contains("CBMP");
        Thread.sleep(1500);
        shot("11-review-item");
        browser.get(base() + "/jobs");
        assertThat(browser.findElement(By.id("jobs-table")).getText()).contains("COMPLETED");
        shot("12-jobs");
        browser.get(base() + "/search");
        assertThat(browser.getPageSource()).doesNotContain("search-submit"); // an archivist may not search
        assertThat(browser.findElement(By.id("error-message")).getText()).contains("không được phép");
        shot("13-forbidden");
    }

    @Test
    @Order(4)
    void aSystemFetchesTheCopyByIdAndItsVerdictRecordedWithItsName() throws Exception {
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/copies/" + copyId + "/pdf"))
                .header(ApiClients.HEADER, systemKey).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(Hashes.sha256(pdf.body())).isEqualTo(pdf.headers().firstValue("X-Content-SHA256").orElseThrow());
        JsonNode verdict = json(HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/copies/" + copyId + "/verification"))
                .header(ApiClients.HEADER, systemKey).build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(verdict.get("verdict").asString()).isEqualTo("VALID");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'COPY_FETCHED' AND actor = 'client:Cổng dịch vụ công' AND subject_id = ?")
                .param(copyId).query(Integer.class).single()).isEqualTo(1);
        // a system may not revoke; a clerk may, and the verdict then says INVALID
        HttpResponse<String> denied = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/copies/" + copyId + "/revocation"))
                .header(ApiClients.HEADER, systemKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).isEqualTo(403);
        HttpResponse<String> revoked = HTTP.send(basic(base() + "/api/v1/copies/" + copyId + "/revocation", "e2e-clerk")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Cấp nhầm người yêu cầu\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json(revoked).get("status").asString()).isEqualTo("REVOKED");
        JsonNode after = json(HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/copies/" + copyId + "/verification"))
                .header(ApiClients.HEADER, systemKey).build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(after.get("verdict").asString()).isEqualTo("INVALID");
    }

    @Test
    @Order(5)
    void reviewApprovalSignsStoresAndIndexesRejectionKeepsTheReason() throws Exception {
        String notInForce = reviewId("NOT_IN_FORCE");
        String unmatched = reviewId("UNMATCHED");
        HttpResponse<String> refused = HTTP.send(basic(base() + "/api/v1/review/" + notInForce + "/approval", "e2e-archivist")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("detail").asString()).contains("hiệu lực");

        String entry = jdbc.sql("""
                SELECT register_no FROM register_entry WHERE NOT digitized AND status = 'ACTIVE' AND issued_on <= ?
                AND (valid_until IS NULL OR valid_until >= ?) ORDER BY register_no LIMIT 1""")
                .params(TODAY, TODAY).query(String.class).single();
        HttpResponse<String> approved = HTTP.send(basic(base() + "/api/v1/review/" + unmatched + "/approval", "e2e-archivist")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"registerNo\":\"" + entry + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode a = json(approved);
        assertThat(a.get("objectKey").asString()).startsWith("records/").contains(entry).contains(unmatched);
        Map<String, Object> row = jdbc.sql("SELECT status, register_no, sha256 FROM scan_record WHERE source_sha256 = ?")
                .param(unmatched).query().singleRow();
        assertThat(row.get("STATUS")).isEqualTo("ARCHIVED");
        assertThat(row.get("REGISTER_NO")).isEqualTo(entry);
        assertThat(jdbc.sql("SELECT digitized FROM register_entry WHERE register_no = ?").param(entry).query(Boolean.class).single()).isTrue();
        assertThat(store.stat(a.get("objectKey").asString()).orElseThrow().metadata()).containsEntry("source-sha256", unmatched);
        byte[] signed;
        try (var in = store.open(a.get("objectKey").asString())) {
            signed = in.readAllBytes();
        }
        assertThat(new String(signed, StandardCharsets.ISO_8859_1)).contains("/ByteRange").contains("/SubFilter");
        assertThat(index.search(entry, 3)).extracting(h -> h.registerNo()).first().isEqualTo(entry);
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'REVIEW_APPROVED' AND subject_id = ?").param(unmatched)
                .query(String.class).single()).isEqualTo("e2e-archivist");

        HttpResponse<String> rejected = HTTP.send(basic(base() + "/api/v1/review/" + notInForce + "/rejection", "e2e-archivist")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Giấy phép đã hết hạn, không số hóa\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(json(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(json(rejected).get("reasonDetail").asString()).contains("Giấy phép đã hết hạn");
        HttpResponse<String> again = HTTP.send(basic(base() + "/api/v1/review/" + notInForce + "/rejection", "e2e-archivist")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    @Order(6)
    void searchApiFiltersFacetsAndTheArchivedPdfWithItsHash() throws Exception {
        JsonNode r = json(HTTP.send(basic(base() + "/api/v1/records?q=an%20toan%20thuc%20pham&type=ATTP_CSDK&inForceOn=" + TODAY, "e2e-clerk")
                .build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(r.get("total").asLong()).isEqualTo(1);
        assertThat(r.get("hits").get(0).get("registerNo").asString()).isEqualTo("SG-2025-00001");
        assertThat(r.get("facets").get("typeCode").get(0).get("value").asString()).isEqualTo("ATTP_CSDK");
        JsonNode before = json(HTTP.send(basic(base() + "/api/v1/records?q=an%20toan%20thuc%20pham&inForceOn=2020-01-01", "e2e-clerk")
                .build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(before.get("hits").findValuesAsString("registerNo")).doesNotContain("SG-2025-00001"); // issued 2025
        HttpResponse<byte[]> pdf = HTTP.send(basic(base() + "/api/v1/records/SG-2025-00001/pdf", "e2e-clerk").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(Hashes.sha256(pdf.body())).isEqualTo(jdbc.sql("SELECT sha256 FROM register_entry WHERE register_no = 'SG-2025-00001'")
                .query(String.class).single());
    }

    // ---------------------------------------------------------------------------------------------

    private String reviewId(String reason) {
        return jdbc.sql("SELECT source_sha256 FROM scan_record WHERE reason = ? ORDER BY source").param(reason)
                .query(String.class).list().get(0);
    }

    private HttpRequest.Builder basic(String url, String user) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private void login(String user) {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWaitForNextPage(browser.findElement(By.id("login-submit")));
    }

    /**
     * Clicks something that loads a new page (each of these goes to another address) and waits until the
     * browser is at the new address with the document loaded, so that the next lookup cannot find (and
     * then lose) an element of the page being replaced.
     */
    private static void clickAndWaitForNextPage(WebElement element) {
        String before = browser.getCurrentUrl();
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !d.getCurrentUrl().equals(before)
                        && "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private Path awaitDownload() throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(p -> p.toString().endsWith(".pdf")).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) return done.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download in " + downloads);
    }

    private static void shot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--lang=vi", "--disable-gpu");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }
}
