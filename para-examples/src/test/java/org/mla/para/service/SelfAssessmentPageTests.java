package org.mla.para.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mla.para.engine.ParaEngine;
import org.mla.para.engine.ParaJson;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The self-assessment page in a real browser: Debian's Chromium and ChromeDriver, headless,
 * driven by Selenium against the service on this machine. Nothing is downloaded at run time.
 */
class SelfAssessmentPageTests {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** Selenium logs through java.util.logging; its CDP-version notice is noise here. Held so it is not collected. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private Javalin service;
    private WebDriver browser;
    private String base;

    @BeforeEach
    void start() {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "browser test skipped: install Debian's chromium and chromium-driver (.ci/run does) to run it");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        service = AssessmentService.create(ParaEngine.bundled(), 1_000_000).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + service.port() + "/";
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=390,1600");
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

    private void set(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change'));", id, value);
    }

    private void addClaim(String type, String title, String area, List<String[]> fields, String... evidence) {
        new Select(browser.findElement(By.id("type"))).selectByValue(type);
        browser.findElement(By.id("title")).sendKeys(title);
        if (area != null) {
            new Select(browser.findElement(By.id(type.equals("LIBRARY_EMPLOYMENT") ? "field-areas" : "field-area"))).selectByValue(area);
        }
        for (String[] field : fields) {
            set("field-" + field[0], field[1]);
        }
        for (String kind : evidence) {
            browser.findElement(By.id("ev-" + kind)).click();
        }
        int before = rows();
        browser.findElement(By.id("addClaim")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> rows() == before + 1);
    }

    /** Saved under target/screenshots, a build artifact to look at. */
    private void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theReviewBoardReportOpensInTheBrowserWithTheNumbersOfTheCommand() throws java.io.IOException {
        Path report = Files.createDirectories(Path.of("target", "screenshots")).resolve("report.html");
        assertThat(org.mla.para.cli.ParaCommandAccess.run("report", "samples", "--out", report.toString())).isZero();

        browser.get(report.toUri().toString());

        assertThat(browser.getTitle()).isEqualTo("PARA Review Board report");
        List<WebElement> rows = browser.findElements(By.cssSelector("#summary tbody tr"));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1).getText()).contains("Jane Doe (A-1001)", "138", "Eligible");
        assertThat(browser.findElements(By.cssSelector("section.applicant svg"))).hasSize(10);
        screenshot("review-board-report.png");
    }

    private int rows() {
        return browser.findElements(By.cssSelector("#claims tbody tr")).size();
    }

    private String verdict() {
        return browser.findElement(By.id("verdict")).getText();
    }

    private String requirement(String name) {
        return browser.findElements(By.cssSelector("#requirements tbody tr")).stream().map(WebElement::getText)
                .filter(row -> row.startsWith(name + " ")).findFirst().orElse("");
    }

    @Test
    void aPortfolioShortOfLevelOneShowsItsShortfallAndBecomesEligibleAsClaimsAreAdded() {
        browser.get(base);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.findElements(By.cssSelector("#type option")).isEmpty());
        set("registeredOn", "2025-09-01");
        set("asOf", "2026-02-20");

        addClaim("LIBRARY_EMPLOYMENT", "Library Assistant", "PUBLIC_SERVICES",
                List.<String[]>of(new String[] {"start", "2019-01-07"}, new String[] {"hoursPerWeek", "30"}), "SUPERVISOR_LETTER");
        addClaim("WORKSHOP", "Readers' Advisory Basics", "REFERENCE",
                List.<String[]>of(new String[] {"date", "2024-04-10"}, new String[] {"hours", "2.5"}), "CERTIFICATE");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> requirement("EDUCATION").contains("short by 13")
                && b.findElement(By.id("gap")).getText().contains("EDUCATION: 12 of 25"));

        assertThat(verdict()).startsWith("Not yet eligible for Level 1");
        assertThat(browser.findElement(By.id("gap")).getText()).contains("3 workshop hours in TECHNICAL_SERVICES (+15)", "A plan");

        assertThat(browser.findElement(By.id("totals")).getText()).startsWith("Points by source: education 12, experience 106");

        browser.findElement(By.id("applyPlan")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> verdict().startsWith("You meet every requirement"));

        assertThat(verdict()).startsWith("You meet every requirement of Level 1");
        screenshot("self-assessment-eligible.png");
        String exported = (String) ((JavascriptExecutor) browser).executeScript("return JSON.stringify(portfolio());");
        assertThat(ParaEngine.bundled().assessJson(exported, java.time.LocalDate.of(2026, 2, 20)).eligible()).isTrue();
        assertThat(ParaJson.readPortfolio(exported).claims()).hasSizeGreaterThan(2);
    }
}
