package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program chair's commands, run as a shell would, on an H2 file in a temporary folder. */
class WorkflowCommandsTests {

    private static final String JANE = "samples/level1-eligible-jane.json";
    private static final String DECISION = "decisions/jane-preliminary-approval.json";

    @TempDir
    Path folder;

    @org.junit.jupiter.api.BeforeEach
    void database() {
        Para created = Para.run("db", "init", "--db", folder.resolve("applications").toString());
        assertThat(created.out()).isEqualTo("created the application database " + folder.resolve("applications.mv.db")
                + " (empty: no applications, no meetings)" + System.lineSeparator());
    }

    private Para para(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--db");
        all.add(folder.resolve("applications").toString());
        all.add("--as");
        all.add("chair");
        return Para.run(all.toArray(String[]::new));
    }

    private void ok(Para run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void theReadmesWorkedExampleTakesJaneFromRegistrationToTheRecipientsList() throws Exception {
        ok(para("meetings", "add", "2026-03-10", "2026-04-14", "--today", "2026-02-01"));
        Para registered = para("register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--email", "jane.doe@mhl.example.org",
                "--level", "1", "--on", "2025-09-01", "--today", "2025-09-01");
        ok(registered);
        assertThat(registered.out()).contains("PARA-0001 registered Jane Doe for Level 1: now REGISTERED");
        Para submitted = para("submit", "PARA-0001", JANE, "--fee-paid", "25.00", "--reference", "check 1041", "--today", "2026-02-20");
        ok(submitted);
        assertThat(submitted.out()).contains("e-mail to Jane Doe <jane.doe@mhl.example.org>: PARA: your portfolio has arrived: "
                + "queued, not sent: no SMTP configured", "ELIGIBLE for Level 1");
        assertThat(para("schedule", "PARA-0001", "--today", "2026-02-20").out())
                .contains("scheduled for the meeting of 2026-03-10, decision due 2026-04-09");
        assertThat(para("attention", "--today", "2026-04-10").out())
                .contains("2026-04-09", "PARA-0001", "!! DECISION_OVERDUE");
        Para packet = Para.run("report", "--meeting", "2026-03-10", "--out", folder.resolve("packet.html").toString(),
                "--db", folder.resolve("applications").toString());
        ok(packet);
        assertThat(folder.resolve("packet.html")).content().contains("Jane Doe");
        ok(para("open-review", "PARA-0001", "--today", "2026-03-10"));
        Para decided = para("decide", "PARA-0001", DECISION, "--today", "2026-03-10");
        ok(decided);
        assertThat(decided.out()).contains("assessed with the 2 adjustments: ELIGIBLE", "now RECOMMENDED");
        ok(para("approve", "PARA-0001", "--executive-board", "M. Alvarez", "--mblc", "J. Park", "--today", "2026-03-24"));
        Para issued = para("issue", "PARA-0001", "--today", "2026-04-01");
        ok(issued);
        assertThat(issued.out()).contains("presented at the 2026 MLA conference", "now CERTIFIED");
        assertThat(para("recipients").outLines()).containsExactly("2026  Level 1  Jane Doe");

        Para shown = para("show", "PARA-0001");
        assertThat(shown.out()).contains("CERTIFIED", "fee 25.00 paid 2026-02-20, check 1041",
                "c6 SET_POINTS 3: The badge shows one day attended, not two (L. Chen)", "7  ");
        JsonNode json = new ObjectMapper().readTree(para("show", "PARA-0001", "--json").out());
        assertThat(json.path("state").asText()).isEqualTo("CERTIFIED");
        assertThat(json.path("history")).hasSize(7);
        assertThat(json.at("/decision/assessment/claims/5/rule").asText()).isEqualTo("REVIEW-SET-POINTS");
        assertThat(json.at("/submission/assessment/claims/5/points").asInt()).isEqualTo(6);
        assertThat(Files.exists(folder.resolve("applications.mv.db"))).isTrue();

        // The e-mails of the example, queued all along, go out with 'para mail send' to a real SMTP server.
        assertThat(para("mail", "list").out()).contains("PENDING", "PARA: your Level 1 certificate");
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            Para sent = para("mail", "send", "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(smtp.getSmtp().getPort()),
                    "--smtp-starttls", "no", "--mail-from", "PARA Review Board <para@mla.example.org>");
            ok(sent);
            assertThat(sent.out()).contains("done; 0 pending, 0 failed or unknown");
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).extracting(m -> m.getAllRecipients()[0].toString() + " | " + m.getSubject()).containsExactly(
                    "Jane Doe <jane.doe@mhl.example.org> | PARA: your registration for Level 1",
                    "Jane Doe <jane.doe@mhl.example.org> | PARA: your portfolio has arrived",
                    "Jane Doe <jane.doe@mhl.example.org> | PARA: your portfolio goes to the Review Board on 2026-03-10",
                    "Jane Doe <jane.doe@mhl.example.org> | PARA: the Review Board's preliminary decision on your Level 1 portfolio",
                    "Jane Doe <jane.doe@mhl.example.org> | PARA: your Level 1 certificate");
            String decision = ((String) received[3].getContent()).replaceAll("\\s+", " ");
            assertThat(decision).contains("Its preliminary decision: preliminary approval.",
                    "The Board's comment: A well documented portfolio.",
                    "c6 \"", "set to 3 points; it counts 3 points instead of 6 points. Reason: The badge shows one day attended, not two",
                    "moved to the area GENERAL", "With the Board's adjustments your portfolio counts",
                    "It meets every requirement of Level 1.");
            assertThat(para("mail", "send", "--smtp-host", "127.0.0.1", "--smtp-port", String.valueOf(smtp.getSmtp().getPort()),
                    "--smtp-starttls", "no", "--mail-from", "para@mla.example.org").out()).contains("nothing was due");
            assertThat(smtp.getReceivedMessages()).as("nothing sent twice").hasSize(5);
        } finally {
            smtp.stop();
        }
        assertThat(para("mail", "list").out()).contains("nothing pending, failed or unknown");
    }

    @Test
    void aSecondOpenRegistrationForTheSameLevelIsRefusedNamingTheOpenOne() {
        ok(para("register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--level", "1", "--on", "2025-09-01", "--today", "2025-09-01"));
        Para again = para("register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--level", "1", "--today", "2025-09-02");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("para: cannot register applicant A-1001 for Level 1: application PARA-0001 for that "
                + "level is open (REGISTERED); continue it, or withdraw it first" + System.lineSeparator());
    }

    @Test
    void historicalRecipientsAreImportedAllOrNothingAndCheckedAtSubmission() throws Exception {
        Path csv = folder.resolve("recipients.csv");
        Files.writeString(csv, "name,applicant_id,level,year_or_date,source\n\"Lee, Ann\",A-2002,1,2024-05-04,MLA list 2012\n"
                + "Bo Chan,A-2003,5,2011,MLA list 2012\nCy Diaz,A-2004,1,May 2010,\n");
        Para refused = para("recipients", "import", csv.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(csv + ":3: level: must be 1, 2, 3 or 4 (was \"5\")",
                csv + ":4: year_or_date: must be a year (2009) or a date (2009-05-14)", csv + ":4: source: is required");
        assertThat(para("recipients").out()).contains("no certificates issued yet");
        Files.writeString(csv, "name,applicant_id,level,year_or_date,source\n\"Lee, Ann\",A-2002,1,2024-05-04,MLA list 2012\n");
        assertThat(para("recipients", "import", csv.toString()).out()).contains("imported 1 certificate(s)");
        assertThat(para("recipients", "import", csv.toString()).out()).contains("imported 0 certificate(s)", "1 already in the record");
        assertThat(para("recipients").outLines()).containsExactly("2024  Level 1  Lee, Ann");
    }

    @Test
    void anActionTheStateDoesNotAllowExitsTwoWithTheReasonAndRecordsNothing() {
        ok(para("register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--level", "1", "--on", "2025-09-01", "--today", "2025-09-01"));
        Para refused = para("approve", "PARA-0001", "--executive-board", "M. Alvarez", "--mblc", "J. Park");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("para: cannot approve application PARA-0001: it is REGISTERED; allowed now: "
                + "submit, withdraw" + System.lineSeparator());
        assertThat(refused.err()).doesNotContain("Exception", "\tat ");
        assertThat(para("show", "PARA-0001").out()).contains("REGISTERED").doesNotContain("approve ");
    }

    @Test
    void refusalsNameWhatIsMissing() {
        ok(para("register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--level", "1", "--on", "2025-09-01", "--today", "2025-09-01"));
        Para noFee = para("submit", "PARA-0001", JANE, "--today", "2026-02-20");
        assertThat(noFee.exitCode()).isEqualTo(2);
        assertThat(noFee.err()).contains("the application fee of 25.00 is not recorded as paid");
        ok(para("submit", "PARA-0001", JANE, "--fee-paid", "25", "--today", "2026-02-20"));
        Para noMeeting = para("schedule", "PARA-0001", "--today", "2026-02-20");
        assertThat(noMeeting.exitCode()).isEqualTo(2);
        assertThat(noMeeting.err()).contains("no Review Board meeting on or after 2026-02-27");
        Para unknown = para("show", "PARA-0042");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no application PARA-0042; known: PARA-0001");
    }

    @Test
    void aDecisionFileIsCheckedAndPointsThatACapReducedAreNoted() throws Exception {
        ok(para("meetings", "add", "2026-03-10", "2026-04-14"));
        ok(para("register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--level", "1", "--on", "2025-09-01", "--today", "2025-09-01"));
        ok(para("submit", "PARA-0001", JANE, "--fee-paid", "25.00", "--today", "2026-02-20"));
        ok(para("schedule", "PARA-0001", "--today", "2026-02-20"));
        ok(para("open-review", "PARA-0001", "--today", "2026-03-10"));
        Path decision = folder.resolve("decision.json");
        Files.writeString(decision, "{\"outcome\": \"NOT_APPROVED\", \"adjustments\": [{\"claimId\": \"c99\", "
                + "\"action\": \"DISALLOW\", \"reason\": \"x\", \"reviewer\": \"R\"}]}");
        Para refused = para("decide", "PARA-0001", decision.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("adjustments[0].claimId: no claim \"c99\" in the portfolio");
        Files.writeString(decision, "{\"outcome\": \"REVISIONS_REQUESTED\", \"adjustments\": [{\"claimId\": \"c5\", "
                + "\"action\": \"SET_POINTS\", \"points\": 15, \"reason\": \"six years\", \"reviewer\": \"L. Chen\"}]}");
        Para capped = para("decide", "PARA-0001", decision.toString(), "--today", "2026-03-10");
        assertThat(capped.exitCode()).isZero();
        assertThat(capped.out()).contains("note: c5 was set to 15 points by L. Chen but counts 10 [POINTS_SET, CAPPED]");
        assertThat(para("show", "PARA-0001", "--json").out()).containsIgnoringWhitespaces(
                "\"reducedPoints\": [{\"claimId\": \"c5\", \"reviewer\": \"L. Chen\", \"set\": 15, \"counted\": 10,"
                        + " \"notes\": [\"POINTS_SET\", \"CAPPED\"]}]");
        ok(para("submit", "PARA-0001", JANE, "--fee-paid", "25.00", "--today", "2026-03-11"));
        ok(para("schedule", "PARA-0001", "--today", "2026-03-11"));
        Files.writeString(decision, "{\"outcome\": \"MAYBE\"}");
        assertThat(para("decide", "PARA-0001", decision.toString(), "--today", "2026-03-11").err())
                .contains("outcome: must be PRELIMINARY_APPROVAL");
        assertThat(para("show", "PARA-0001").out()).contains("SCHEDULED");
    }

    @Test
    void aDecisionWithoutAdjustmentsIsNotSaidToHaveThem() throws Exception {
        ok(para("meetings", "add", "2026-03-10", "--today", "2026-02-01"));
        ok(para("register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--level", "1", "--on", "2025-09-01", "--today", "2025-09-01"));
        ok(para("submit", "PARA-0001", JANE, "--fee-paid", "25.00", "--today", "2026-02-20"));
        ok(para("schedule", "PARA-0001", "--today", "2026-02-20"));
        ok(para("open-review", "PARA-0001", "--today", "2026-03-10"));
        Path decision = folder.resolve("decision.json");
        Files.writeString(decision, "{\"outcome\": \"PRELIMINARY_APPROVAL\", \"comment\": \"As submitted.\"}");

        Para decided = para("decide", "PARA-0001", decision.toString(), "--today", "2026-03-10");
        Para shown = para("show", "PARA-0001");

        ok(decided);
        assertThat(decided.out()).contains("assessed again, without adjustments: ELIGIBLE").doesNotContain("adjustment(s)");
        assertThat(shown.out()).contains("assessed again, without adjustments: ELIGIBLE").doesNotContain("with the adjustments");
    }

    @Test
    void showsHistoryStaysInColumnsWhateverTheTimesAndNames() {
        ok(para("register", "--applicant-id", "A-1001", "--name", "Jane Doe", "--level", "1", "--on", "2025-09-01", "--today", "2025-09-01"));
        // Without --today the event is timed by the clock, to the millisecond; with --today at noon sharp.
        List<String> all = new ArrayList<>(List.of("withdraw", "PARA-0001", "--reason", "moved away", "--db",
                folder.resolve("applications").toString(), "--as", "the program chair's assistant"));
        ok(Para.run(all.toArray(String[]::new)));

        List<String> history = para("show", "PARA-0001").outLines().stream().dropWhile(line -> !line.equals("  history"))
                .skip(1).toList();

        assertThat(history).hasSize(2);
        assertThat(history).allSatisfy(line -> assertThat(line).matches("    \\d  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC  .*"));
        assertThat(history.get(1).indexOf("withdraw")).as("the action column").isEqualTo(history.get(0).indexOf("register"));
        assertThat(history.get(1).indexOf("REGISTERED -> WITHDRAWN")).as("the states column")
                .isEqualTo(history.get(0).indexOf("- -> REGISTERED"));
    }
}
