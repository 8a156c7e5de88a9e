package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.store.jdbc.JdbcApplicationStore;

/**
 * What a careless operator types never corrupts the record: every value is checked before
 * anything is written, each refusal one line naming the option; one unreadable history
 * never takes the others down; {@code --db} never invents a database.
 */
class CarelessOperatorTests {

    private static final String JANE = "samples/level1-eligible-jane.json";

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("applications");
    }

    private Para para(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--db", db().toString(), "--as", "chair"));
        return Para.run(all.toArray(String[]::new));
    }

    @BeforeEach
    void janeRegistered() {
        assertThat(Para.run("db", "init", "--db", db().toString()).exitCode()).isZero();
        assertThat(para("register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--level", "1", "--on", "2025-09-01",
                "--today", "2025-09-01").exitCode()).isZero();
    }

    private long databaseSize() throws Exception {
        return Files.size(folder.resolve("applications.mv.db"));
    }

    @Test
    void feesAreMoneyWithAtMostTwoDecimalsUpToThePolicysMaximum() throws Exception {
        for (String fee : List.of("1e9999999", "1e2147483647", "25.001", "-25", "1E+3", "25,00", "NaN")) {
            Para refused = para("submit", "PARA-0001", JANE, "--fee-paid", fee, "--reference", "x", "--today", "2026-02-20");
            assertThat(refused.exitCode()).as(fee).isNotZero();
            assertThat(refused.errLines().get(0)).as(fee)
                    .startsWith("para: Invalid value for option '--fee-paid': '" + fee + "' is not an amount of money");
        }
        Para tooMuch = para("submit", "PARA-0001", JANE, "--fee-paid", "2500000000000", "--today", "2026-02-20");
        assertThat(tooMuch.exitCode()).isEqualTo(2);
        assertThat(tooMuch.errLines()).containsExactly("para: --fee-paid: 2500000000000 is more than the largest fee accepted, "
                + "1000.00 (maximumFee in the workflow policy): check the amount", "para: nothing was recorded");
        assertThat(databaseSize()).isLessThan(1_000_000);
        assertThat(para("show", "PARA-0001").out()).contains("REGISTERED");
        assertThat(para("submit", "PARA-0001", JANE, "--fee-paid", "25", "--today", "2026-02-20").exitCode()).isZero();
        assertThat(para("attention", "--today", "2026-02-21").exitCode()).isZero();
    }

    @Test
    void daysOutsideThePoliciesRangeAreRefusedNamingTheOption() {
        Para farMeeting = para("meetings", "add", "9999-12-31");
        assertThat(farMeeting.exitCode()).isEqualTo(2);
        assertThat(farMeeting.err()).isEqualTo("para: DATE: 9999-12-31 is outside the days the program records, 2000-01-01 to "
                + "2099-12-31 (earliestDate and latestDate in the workflow policy); nothing was changed" + System.lineSeparator());
        Para noDay = para("meetings", "add", "0000-00-00");
        assertThat(noDay.exitCode()).isEqualTo(2);
        assertThat(noDay.err()).isEqualTo("para: DATE: '0000-00-00' is not a date as yyyy-MM-dd; nothing was changed"
                + System.lineSeparator());
        Para farToday = para("withdraw", "PARA-0001", "--reason", "moved", "--today", "2150-01-01");
        assertThat(farToday.errLines()).first().asString().startsWith("para: --today: 2150-01-01 is outside the days");
        Para oldRegistration = para("register", "--applicant-id", "A-1002", "--name", "Ann", "--level", "1", "--on", "1900-01-01");
        assertThat(oldRegistration.errLines()).first().asString().startsWith("para: --on: 1900-01-01 is outside the days");
        assertThat(para("meetings", "list").out()).contains("no Review Board meetings yet");
        assertThat(para("show").outLines()).hasSize(1);
    }

    @Test
    void namesReferencesAndReasonsHaveLengthsAndNoControlCharacters() {
        Para longName = para("register", "--applicant-id", "A-1002", "--name", "x".repeat(201), "--level", "1");
        assertThat(longName.errLines()).containsExactly("para: --name: must be at most 200 characters long (was 201)",
                "para: nothing was recorded");
        Para terminal = para("register", "--applicant-id", "A-1002", "--name", "Eve \u001b]0;pwned\u0007\u001b[2J", "--level", "1");
        assertThat(terminal.errLines()).containsExactly("para: --name: must not hold control characters (found U+001B at position 5)",
                "para: nothing was recorded");
        Para longReason = para("withdraw", "PARA-0001", "--reason", "x".repeat(5_001));
        assertThat(longReason.errLines()).first().isEqualTo("para: --reason: must be at most 5000 characters long (was 5001)");
        Para longReference = para("submit", "PARA-0001", JANE, "--fee-paid", "25", "--reference", "r".repeat(300), "--today", "2026-02-20");
        assertThat(longReference.errLines()).first().isEqualTo("para: --reference: must be at most 200 characters long (was 300)");
        assertThat(para("show").outLines()).hasSize(1);
        assertThat(para("show", "PARA-0001").out()).contains("REGISTERED");
    }

    @Test
    void aDecisionFileWithADuplicateKeyOrAnUnknownFieldIsRefused() throws Exception {
        Path decision = folder.resolve("decision.json");
        Files.writeString(decision, "{\"outcome\":\"NOT_APPROVED\",\"comment\":\"first\",\"outcome\":\"PRELIMINARY_APPROVAL\"}");
        Para duplicate = para("decide", "PARA-0001", decision.toString());
        assertThat(duplicate.exitCode()).isEqualTo(2);
        assertThat(duplicate.err()).startsWith("para: " + decision + ": $: malformed JSON at line 1, column ")
                .endsWith(": the field \"outcome\" is given twice: keep one of them" + System.lineSeparator());
        Files.writeString(decision, "{\"outcome\":\"NOT_APPROVED\",\"comments\":\"x\",\"adjustments\":[{\"claimId\":\"c1\","
                + "\"action\":\"DISALLOW\",\"reason\":\"r\",\"reviewer\":\"R\",\"extra\":1}]}");
        Para unknown = para("decide", "PARA-0001", decision.toString());
        assertThat(unknown.err()).contains("comments: unknown field (known: outcome, comment, adjustments)",
                "adjustments[0].extra: unknown field");
    }

    @Test
    void oneUnreadableHistoryIsNamedAndTheOthersStillList() throws Exception {
        assertThat(para("register", "--applicant-id", "A-1002", "--name", "Ann Lee", "--level", "2", "--on", "2025-09-01",
                "--today", "2025-09-01").exitCode()).isZero();
        try (Connection connection = DriverManager.getConnection(JdbcApplicationStore.h2Url(db()));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER application_events_no_update");
            statement.executeUpdate("UPDATE application_events SET change_json = '{' WHERE application_id = 'PARA-0001'");
        }
        Para shown = para("show");
        assertThat(shown.exitCode()).isEqualTo(1);
        assertThat(shown.outLines()).singleElement().asString().contains("PARA-0002", "Ann Lee");
        assertThat(shown.errLines()).containsExactly("para: PARA-0001 is left out: its history cannot be read: event 1: "
                + "(register) was changed after it was recorded: its content does not match its hash; 'para verify' lists every one");
        assertThat(para("attention").out()).contains("PARA-0002");
        assertThat(para("attention").err()).contains("PARA-0001 is left out");
        assertThat(para("recipients").err()).contains("PARA-0001 is left out");
        Para one = para("show", "PARA-0001");
        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.err()).startsWith("para: the history of application PARA-0001 cannot be read: event 1:");
        Para verified = Para.run("verify", "--db", db().toString());
        assertThat(verified.exitCode()).isEqualTo(1);
        assertThat(verified.outLines()).first().isEqualTo("PARA-0001 event 1: (register) was changed after it was recorded: "
                + "its content does not match its hash");
    }

    @Test
    void theDatabaseOptionNeverCreatesADatabase() throws Exception {
        Path missing = folder.resolve("missing/dir/apps");
        Para show = Para.run("show", "--db", missing.toString());
        assertThat(show.exitCode()).isEqualTo(1);
        assertThat(show.err()).isEqualTo("para: no folder " + folder.resolve("missing/dir") + ": the database " + missing
                + ".mv.db cannot be there" + System.lineSeparator());
        assertThat(folder.resolve("missing")).doesNotExist();
        Path text = Files.writeString(folder.resolve("passwd"), "root:x:0:0\n");
        assertThat(Para.run("show", "--db", text.toString()).err()).contains("is not an H2 database file");
        assertThat(folder.resolve("passwd.mv.db")).doesNotExist();
        assertThat(Para.run("show", "--db", "/dev/null").err()).contains("/dev/null is not an H2 database file");
        assertThat(Para.run("show", "--db", folder.toString()).err()).contains("is a folder, not a database file");
        Para absent = Para.run("meetings", "--db", folder.resolve("other").toString());
        assertThat(absent.err()).isEqualTo("para: no database " + folder.resolve("other.mv.db") + ": create one with "
                + "'para db init --db " + folder.resolve("other") + "', or give the right --db" + System.lineSeparator());
        assertThat(folder.resolve("other.mv.db")).doesNotExist();
        Para again = Para.run("db", "init", "--db", db().toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("exists already: nothing was created");
    }

    @Test
    void controlCharactersFromTheDatabaseAndPortfoliosReachNoTerminal() throws Exception {
        try (Connection connection = DriverManager.getConnection(JdbcApplicationStore.h2Url(db()))) {
            // A name stored by another program (or an older PARA), with the hash chain intact: as if recorded so.
            var store = JdbcApplicationStore.existingH2File(db());
            var workflow = org.mla.para.workflow.ParaWorkflow.builder().engine(org.mla.para.engine.ParaEngine.bundled())
                    .store(new RawNames(store)).build();
            workflow.register(new org.mla.para.workflow.Registration("A-1002", "Ann Lee", null, 1,
                    java.time.LocalDate.parse("2025-09-01")), "chair");
        }
        for (Para run : List.of(para("show"), para("show", "PARA-0002"), para("attention"), para("show", "--json"))) {
            assertThat(run.out()).doesNotContain("\u001b", "\u0007", "\u009b")
                    .containsIgnoringCase("Ann\\u001b]0;pwned\\u0007\\u001b[2J");
        }
        Path portfolio = folder.resolve("eve.json");
        Files.writeString(portfolio, Files.readString(Path.of(JANE)).replace("\"Jane Doe\"", "\"Jane\\u001b]0;pwned\\u0007\\u001b[2J\""));
        Para assessed = Para.run("assess", portfolio.toString());
        assertThat(assessed.out()).doesNotContain("\u001b", "\u0007").contains("Jane\\u001b]0;pwned\\u0007\\u001b[2J");
    }

    /** A store that turns "Ann Lee" into a name with terminal escapes on the way in, past the workflow's checks. */
    private record RawNames(JdbcApplicationStore store) implements org.mla.para.workflow.ApplicationStore {
        @Override
        public void append(org.mla.para.workflow.ApplicationEvent event) {
            if (event.change() instanceof org.mla.para.workflow.Change.Registered r) {
                var raw = new org.mla.para.workflow.Registration(r.registration().applicantId(),
                        "Ann\u001b]0;pwned\u0007\u001b[2J", null, 1, r.registration().registeredOn());
                event = new org.mla.para.workflow.ApplicationEvent(event.applicationId(), event.sequence(), event.actor(),
                        event.at(), event.from(), event.to(), new org.mla.para.workflow.Change.Registered(raw));
            }
            store.append(event);
        }

        @Override
        public List<org.mla.para.workflow.ApplicationEvent> events(String applicationId) {
            return store.events(applicationId);
        }

        @Override
        public List<String> applicationIds() {
            return store.applicationIds();
        }

        @Override
        public void addMeeting(java.time.LocalDate date) {
            store.addMeeting(date);
        }

        @Override
        public boolean removeMeeting(java.time.LocalDate date) {
            return store.removeMeeting(date);
        }

        @Override
        public List<java.time.LocalDate> meetings() {
            return store.meetings();
        }
    }
}
