package org.mla.para.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ParaJson;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The self-assessment page in a real browser, used as an applicant would: Debian's Chromium and
 * ChromeDriver, headless, driven by Selenium against the service on this machine, with axe-core
 * checking every main state for accessibility. Nothing is downloaded at run time.
 */
class SelfAssessmentPageTests {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** Selenium logs through java.util.logging; its CDP-version notice is noise here. Held so it is not collected. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Javalin service;
    private WebDriver browser;
    private String base;
    private Path downloads;
    private String width = "desktop";
    private int pixels;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "browser test skipped: install Debian's chromium and chromium-driver (.ci/run does) to run it");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        service = AssessmentService.create(ParaEngine.bundled(), 1_000_000).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + service.port() + "/";
        downloads = Files.createDirectories(Path.of("target", "downloads")).toAbsolutePath();
        try (var old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @ParameterizedTest(name = "at {0} width ({1} px)")
    @CsvSource({"desktop, 1280", "phone, 360"})
    void anApplicantFixesAMistakePreviewsThePlanCompletesItAndTakesThePortfolioAway(String name, int pixels) throws IOException {
        width = name;
        viewport(pixels, 800);
        open();
        accessible("empty");
        set("name", "Jane Doe");
        set("applicantId", "A-1001");
        set("registeredOn", "2025-09-01");
        set("asOf", "2026-02-20");

        addClaim("LIBRARY_EMPLOYMENT", "Library Assistant, Memorial Hall Library", "PUBLIC_SERVICES",
                Map.of("start", "2019-01-07", "hoursPerWeek", "30"), "SUPERVISOR_LETTER");
        waitFor(() -> quick().startsWith("Not yet eligible for Level 1"));
        // On a phone the short verdict is where the applicant is: next to the form, on screen.
        assertThat(onScreen(browser.findElement(By.id("quick")))).as("the short verdict is visible after Add claim").isTrue();

        // A mistake: a workshop without its date. It stays listed, with its problem in words.
        addClaim("WORKSHOP", "Readers' Advisory Basics", "REFERENCE", Map.of("hours", "2.5"), "CERTIFICATE");
        WebElement invalid = waitForRow("Readers' Advisory Basics", "Needs fixing");
        assertThat(invalid.getText()).contains("Date is required").doesNotContain("claims[");
        assertThat(invalid.findElements(By.tagName("button"))).extracting(WebElement::getText).containsExactly("Edit", "Remove");
        WebElement job = row("Library Assistant, Memorial Hall Library");
        assertThat(job.getText()).contains("106").doesNotContain("Needs fixing");
        assertThat(verdict()).startsWith("Not yet eligible for Level 1").contains("1 claim needs fixing");
        assertThat(page()).doesNotContain("claims[", "EDU-", "EXP-", "NO_EVIDENCE", "PROFESSIONAL_ACTIVITIES");
        accessible("invalid-claim");
        screenshot("invalid-claim");

        // Fixed by editing, from the keyboard.
        invalid.findElement(By.xpath(".//button[text()='Edit']")).sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("title");
        assertThat(browser.findElement(By.id("addClaim")).getText()).isEqualTo("Save changes");
        set("field-date", "2024-04-10");
        browser.findElement(By.id("addClaim")).click();
        waitFor(() -> row("Readers' Advisory Basics").getText().contains("12") && !verdict().contains("needs fixing"));
        assertThat(rows()).hasSize(2);
        assertThat(requirement("Education points")).contains("Short by 13");
        assertThat(browser.findElement(By.id("totals")).getText())
                .contains("Experience 106 (50 of 106 count toward the total)", "Public Services 106");
        accessible("filled");

        // A shortfall, and its plan as a preview: the real verdict stays, the plan is beside it.
        waitFor(() -> gap().contains("Education points: 12 of 25, short by 13") && planVerdict().startsWith("With this plan you would"));
        assertThat(gap()).contains("Any one of these closes it:", "3 workshop hours in Technical Services (+15)", "Why this area?");
        assertThat(browser.findElement(By.id("planSteps")).getText()).contains(" in Technical Services",
                "Why this area: any area counts toward ", "you have no points yet in Technical Services");
        assertThat(planVerdict()).isEqualTo("With this plan you would be eligible for Level 1 (" + plannedTotal() + " points).");
        browser.findElement(By.id("previewPlan")).click();
        List<WebElement> planned = browser.findElements(By.cssSelector("#claims tr.planned"));
        assertThat(planned).isNotEmpty().allSatisfy(row -> {
            assertThat(row.findElement(By.className("tag")).getText()).isEqualToIgnoringCase("Planned");
            assertThat(row.getText()).contains("A preview: not in your portfolio and not exported.");
        });
        assertThat(verdict()).startsWith("Not yet eligible for Level 1");
        accessible("plan-shown");
        screenshot("plan-shown");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('add').scrollIntoView();");
        viewportShot(width + "-plan-shown-screen", pixels, pixels > 600 ? 1500 : 800);
        viewport(pixels, 800);

        // Completing planned items, one by one, turns them into real claims until eligible.
        int real = 2;
        for (int round = 0; round < 6 && !verdict().startsWith("Eligible"); round++) {
            completeFirstPlannedItem("Done item " + (round + 1), "2025-0" + (round + 3) + "-15");
            real++;
            int expected = real;
            waitFor(() -> rows().size() == expected && !browser.findElements(By.cssSelector("#claims tr:not(.planned)")).isEmpty()
                    && rows().stream().noneMatch(row -> row.getText().contains("Needs fixing")));
            if (round == 0) {
                assertThat(row("Done item 1").getText()).doesNotContain("Planned");
            }
            waitFor(() -> quick().startsWith("Eligible") || planVerdict().startsWith("With this plan"));
        }
        waitFor(() -> verdict().startsWith("Eligible for Level 1"));
        assertThat(browser.findElements(By.cssSelector("#claims tr.planned"))).isEmpty();
        accessible("eligible");
        screenshot("eligible");

        // Export, then import into a fresh page: the same portfolio, without a planned item.
        JsonNode exported = export();
        assertThat(exported.get("claims")).hasSize(real);
        assertThat(exported.toString()).doesNotContain("Planned");
        assertThat(ParaEngine.bundled().assessJson(exported.toString(), LocalDate.of(2026, 2, 20)).eligible()).isTrue();

        open();
        browser.findElement(By.id("import")).sendKeys(downloads.resolve("portfolio.json").toString());
        waitFor(() -> verdict().startsWith("Eligible for Level 1"));
        Files.delete(downloads.resolve("portfolio.json"));
        assertThat(export()).isEqualTo(exported);
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Jane Doe");
    }

    @Test
    void anImportedFileKeepsEveryFieldAndANewClaimGetsAFreshId() throws IOException {
        viewport(1280, 900);
        open();
        Path sample = Path.of("samples", "level1-eligible-jane.json").toAbsolutePath();
        browser.findElement(By.id("import")).sendKeys(sample.toString());
        waitFor(() -> verdict().startsWith("Eligible for Level 1"));

        addClaim("WORKSHOP", "Book Repair Basics", "TECHNICAL_SERVICES", Map.of("date", "2025-06-01", "hours", "2"), "CERTIFICATE");
        waitFor(() -> row("Book Repair Basics").getText().contains("10"));

        JsonNode exported = export();
        JsonNode original = JSON.readTree(sample.toFile());
        assertThat(exported.get("applicant")).isEqualTo(original.get("applicant"));
        assertThat(exported.get("submittedOn")).isEqualTo(original.get("submittedOn"));
        for (int i = 0; i < original.get("claims").size(); i++) {
            assertThat(exported.get("claims").get(i)).isEqualTo(original.get("claims").get(i));
        }
        List<String> ids = exported.get("claims").findValuesAsText("id");
        assertThat(ids).doesNotHaveDuplicates().hasSize(original.get("claims").size() + 1);
    }

    @Test
    void aFileWithMistakesIsFixedInThePageClaimByClaim() {
        viewport(1280, 900);
        open();
        browser.findElement(By.id("import")).sendKeys(Path.of("samples", "invalid-typos.json").toAbsolutePath().toString());
        waitFor(() -> browser.findElement(By.id("portfolioProblems")).getText().startsWith("E-mail: must be an e-mail address"));
        assertThat(verdict()).isEqualTo("Some details about you need fixing before your claims can be assessed.");
        assertThat(browser.findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");

        set("email", "rosa.pereira@cambridgepl.org");
        // Every claim of this file has a mistake: nothing to assess yet, but every claim is listed with its own.
        waitFor(() -> verdict().equals("Fix or remove the claims marked below to see your assessment."));
        assertThat(rows()).hasSize(6).allSatisfy(row -> assertThat(row.getText()).contains("Needs fixing"));
        assertThat(row("Library of Things").getText()).contains("Claim id duplicate claim id \"c3\" (saving it gives it a new id)");
        assertThat(row("Massachusetts Library Association").getText()).contains("“role”: not a field of MEMBERSHIP claims");

        click(row("Library of Things").findElement(By.xpath(".//button[text()='Edit']")));
        set("field-date", "2025-05-01");
        click(browser.findElement(By.id("addClaim")));
        waitFor(() -> verdict().startsWith("Not yet eligible for Level 1") && verdict().contains("5 claims need fixing and are not counted"));
        click(row("Massachusetts Library Association").findElement(By.xpath(".//button[text()='Edit']")));
        click(browser.findElement(By.id("addClaim")));
        waitFor(() -> verdict().contains("4 claims need fixing"));

        assertThat(row("Library of Things").getText()).doesNotContain("Needs fixing").contains("Presentation · c7");
        assertThat(row("Massachusetts Library Association").getText()).doesNotContain("Needs fixing", "role");
        accessible("imported-with-mistakes");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedInWords() throws IOException {
        open();
        Path notJson = Files.writeString(downloads.resolve("notes.json"), "Dear Board, here are my claims");
        browser.findElement(By.id("import")).sendKeys(notJson.toString());
        waitFor(() -> browser.findElement(By.id("fileStatus")).getText().contains("is not a portfolio file: it is not JSON"));
    }

    @Test
    void theReviewBoardReportOpensInTheBrowserWithTheNumbersOfTheCommand() throws IOException {
        Path report = Files.createDirectories(Path.of("target", "screenshots")).resolve("report.html");
        assertThat(org.mla.para.cli.ParaCommandAccess.run("report", "samples", "--out", report.toString())).isZero();
        viewport(1280, 900);

        browser.get(report.toUri().toString());

        assertThat(browser.getTitle()).isEqualTo("PARA Review Board report");
        List<WebElement> rows = browser.findElements(By.cssSelector("#summary tbody tr"));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1).getText()).contains("Jane Doe (A-1001)", "138", "Eligible");
        assertThat(browser.findElements(By.cssSelector("section.applicant svg"))).hasSize(10);
        assertThat(browser.findElement(By.id("p-level1-eligible-jane-json")).getText())
                .contains("Experience 106 (50 of 106 count toward the total)");
        width = "desktop";
        screenshot("review-board-report");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('p-level3-caps-and-duplicates-json').scrollIntoView();");
        viewportShot("review-board-tally-sheet", 1280, 1500);
    }

    // --- the applicant's actions ------------------------------------------------------------

    private void open() {
        browser.get(base);
        waitFor(() -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private void set(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change'));", id, value);
    }

    private void addClaim(String type, String title, String area, Map<String, String> fields, String... evidence) {
        new Select(browser.findElement(By.id("type"))).selectByValue(type);
        browser.findElement(By.id("title")).sendKeys(title);
        if (area != null) {
            new Select(browser.findElement(By.id(type.equals("LIBRARY_EMPLOYMENT") ? "field-areas" : "field-area"))).selectByValue(area);
        }
        fields.forEach((field, value) -> set("field-" + field, value));
        for (String kind : evidence) {
            click(browser.findElement(By.id("ev-" + kind)));
        }
        int before = rows().size();
        click(browser.findElement(By.id("addClaim")));
        waitFor(() -> rows().size() == before + 1);
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).as("the form is cleared").isEmpty();
        for (WebElement date : browser.findElements(By.cssSelector("#fields input[type=date]"))) {
            assertThat(date.getAttribute("value")).as("the dates are cleared").isEmpty();
        }
    }

    /** The first planned item (an addition, not evidence for a claim already there), done with a real title, date and evidence. */
    private void completeFirstPlannedItem(String title, String date) {
        WebElement complete = browser.findElements(By.cssSelector("#claims tr.planned button")).get(0);
        @SuppressWarnings("unchecked")
        List<String> evidence = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return planned.filter(p => p.completes === undefined)[0].claim.evidence;");
        click(complete);
        assertThat(browser.findElement(By.id("formContext")).getText()).startsWith("Completing a planned item:");
        browser.findElement(By.id("title")).sendKeys(title);
        for (WebElement input : browser.findElements(By.cssSelector("#fields input[type=date]"))) {
            if (!input.getAttribute("id").equals("field-end")) {
                set(input.getAttribute("id"), date);
            }
        }
        for (String kind : evidence) {
            click(browser.findElement(By.id("ev-" + kind)));
        }
        assertThat(browser.findElement(By.id("addClaim")).getText()).isEqualTo("Add as done");
        click(browser.findElement(By.id("addClaim")));
    }

    private JsonNode export() throws IOException {
        click(browser.findElement(By.id("export")));
        Path file = downloads.resolve("portfolio.json");
        waitFor(() -> parses(file));
        return JSON.readTree(file.toFile());
    }

    private static boolean parses(Path file) {
        try {
            return Files.isRegularFile(file) && JSON.readTree(file.toFile()).has("claims");
        } catch (IOException e) {
            return false; // still being written
        }
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    // --- what the page shows ----------------------------------------------------------------

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#claims tbody tr:not(.planned)"));
    }

    private WebElement row(String title) {
        return rows().stream().filter(r -> r.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim row " + title + " in " + rows().stream().map(WebElement::getText).toList()));
    }

    private WebElement waitForRow(String title, String text) {
        waitFor(() -> rows().stream().anyMatch(r -> r.getText().contains(title) && r.getText().contains(text)));
        return row(title);
    }

    private String verdict() {
        return browser.findElement(By.id("verdict")).getText();
    }

    private String quick() {
        return browser.findElement(By.id("quick")).getText();
    }

    private String planVerdict() {
        return browser.findElement(By.id("planVerdict")).getText();
    }

    private String gap() {
        return browser.findElement(By.id("gap")).getText();
    }

    private String page() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private long plannedTotal() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Number(document.getElementById('planVerdict').textContent.match(/\\((\\d+) points/)[1]);");
    }

    private String requirement(String name) {
        return browser.findElements(By.cssSelector("#requirements tbody tr")).stream().map(WebElement::getText)
                .filter(row -> row.startsWith(name)).findFirst().orElse("");
    }

    private boolean onScreen(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element);
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(AssertionError.class).until(b -> condition.getAsBoolean());
    }

    /**
     * axe-core on the page as it is: no serious or critical violation; and nothing wider than
     * the screen, so that on a phone points and reasons are never off to the side.
     */
    private void accessible(String state) {
        Results results = new AxeBuilder().analyze(browser);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(serious).as(width + ", " + state + ": " + serious.stream().map(rule -> rule.getId() + " (" + rule.getHelp() + ") at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as(width + ", " + state + ": the page is wider than the screen").isLessThanOrEqualTo(0);
    }

    /**
     * The screen the page is laid out for, as a phone's or a desktop's: Chromium's window has a
     * minimum width, so the screen is emulated (as the browser's device toolbar does).
     */
    private void viewport(int pixels, int height) {
        this.pixels = pixels;
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", pixels, "height", height, "deviceScaleFactor", 1, "mobile", pixels < 600));
    }

    /** What the screen shows, saved under target/screenshots. */
    private void viewportShot(String name, int pixels, int height) {
        viewport(pixels, height);
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, saved under target/screenshots to be looked at. */
    private void screenshot(String state) {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        viewport(pixels, (int) Math.min(8000, height));
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(width + "-" + state + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            viewport(pixels, 800);
        }
    }
}
