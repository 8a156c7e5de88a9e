package org.mla.para.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code para serve} refuses before it opens a port. Were a refusal lost, the command
 * would serve until stopped: the timeout turns that into a failure.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServeCommandTests {

    @ParameterizedTest
    @ValueSource(strings = {"--board-token", "--site-token"})
    void anEmptyTokenOnTheCommandLineIsAnErrorNotEndpointsQuietlyOff(String option) {
        Para para = Para.run("serve", "--port", "0", option, "");

        assertThat(para.exitCode()).isEqualTo(ExitCodes.OTHER);
        assertThat(para.err()).contains(option + " is empty or blank").contains("leave the option out");
        assertThat(para.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(para.out()).doesNotContain("service on");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--board-token", "--site-token"})
    void aBlankTokenIsRefusedToo(String option) {
        Para para = Para.run("serve", "--port", "0", option, "   ");

        assertThat(para.exitCode()).isEqualTo(ExitCodes.OTHER);
        assertThat(para.err()).contains(option + " is empty or blank");
    }

    @Test
    void theSameTokenForTheBoardAndTheSiteIsRefused() {
        Para para = Para.run("serve", "--port", "0", "--board-token", "same-secret", "--site-token", "same-secret");

        assertThat(para.exitCode()).isEqualTo(ExitCodes.OTHER);
        assertThat(para.err()).startsWith("para: ").doesNotContain("\tat ");
        assertThat(para.out()).doesNotContain("service on");
    }

    @Test
    void theStartUpLinesGiveThePagesAddressAndTheApisDescription() {
        String startup = ServeCommand.startup("127.0.0.1", 8080, true, false);

        assertThat(startup.lines()).containsExactly(
                "PARA assessment service on http://127.0.0.1:8080 (POST /assessments, POST /explanations, POST /gaps, GET /editions, GET /health; "
                        + "/board/... with the board token); Ctrl-C stops it",
                "  self-assessment page: http://127.0.0.1:8080/",
                "  API description:      http://127.0.0.1:8080/openapi.json");
        assertThat(ServeCommand.startup("::1", 9000, false, false)).contains("page: http://[::1]:9000/");
    }
}
