package org.example.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mla.para.testkit.ParaAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mla.para.model.Assessment;
import org.mla.para.store.jdbc.JdbcApplicationStore;
import org.mla.para.workflow.ParaWorkflow;
import org.mla.para.workflow.Registration;

class EligibilityTests {

    @Test
    void anaSilvaIsEligibleForLevelOne() {
        Assessment assessment = Eligibility.assess(Eligibility.portfolioOfAnaSilva(), LocalDate.of(2026, 2, 20));

        assertThat(assessment).isEligible().claim("course-1").earned(45).byRule("EDU-COLLEGE-COURSE");
    }

    @Test
    void theWorkflowKeepsItsApplicationsInAnH2File(@TempDir Path folder) {
        ParaWorkflow workflow = ParaWorkflow.builder().engine(org.mla.para.engine.ParaEngine.bundled())
                .store(JdbcApplicationStore.h2File(folder.resolve("applications"))).build();

        String id = workflow.register(new Registration("M-20417", "Ana Silva", null, 1, LocalDate.of(2025, 10, 1)), "membership system")
                .id();

        assertThat(workflow.application(id).registration().name()).isEqualTo("Ana Silva");
        assertThat(Files.exists(folder.resolve("applications.mv.db"))).isTrue();
    }

    @Test
    void theLibraryBringsNeitherAWebServerNorALoggingProvider() {
        assertThatThrownBy(() -> Class.forName("io.javalin.Javalin")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("picocli.CommandLine")).isInstanceOf(ClassNotFoundException.class);
        assertThat(ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class)).as("SLF4J providers on the classpath").isEmpty();
    }
}
