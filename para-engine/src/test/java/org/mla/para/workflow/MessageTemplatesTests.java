package org.mla.para.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message templates: every kind bundled, placeholders checked when read. */
class MessageTemplatesTests {

    @TempDir
    Path folder;

    private static final Path BUNDLED = Path.of("../para-rules/src/main/resources/org/mla/para/rules/messages");

    @Test
    void theBundledTemplatesUseOnlyKnownPlaceholdersAndFillEveryOne() {
        MessageTemplates templates = MessageTemplates.read(BUNDLED); // throws on any unknown placeholder
        for (Notification.Kind kind : Notification.Kind.values()) {
            Map<String, String> values = new HashMap<>();
            MessageTemplates.placeholders(kind).forEach(p -> values.put(p, "<" + p + ">"));
            MessageTemplates.Message message = templates.write(kind, values);
            assertThat(message.subject()).as(kind.word()).isNotBlank().doesNotContain("{");
            assertThat(message.body()).as(kind.word()).contains("<name>").doesNotContain("{", "}");
        }
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingTheFileTheLineAndTheKnownOnes() throws IOException {
        copyBundled();
        Files.writeString(folder.resolve("receipt.txt"), "Subject: Arrived\n\nDear {nmae},\nyour portfolio arrived on {submittedOn}.\n"
                + "Meeting: {meeting}\n");
        assertThatThrownBy(() -> MessageTemplates.read(folder)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("receipt.txt:3: unknown placeholder {nmae} (known in receipt: {name}, ")
                .hasMessageContaining("receipt.txt:5: unknown placeholder {meeting}");
    }

    @Test
    void aTemplateWithoutSubjectOrAMissingOneIsRefused() throws IOException {
        copyBundled();
        Files.writeString(folder.resolve("decision.txt"), "Dear {name},\n");
        Files.delete(folder.resolve("withdrawal.txt"));
        assertThatThrownBy(() -> MessageTemplates.read(folder)).hasMessageContaining("withdrawal.txt: missing");
        Files.writeString(folder.resolve("withdrawal.txt"), "Subject: Withdrawn\n\nDear {name}.\n");
        assertThatThrownBy(() -> MessageTemplates.read(folder)).hasMessageContaining("decision.txt:1: the first line must be 'Subject: ...'");
    }

    @Test
    void aMaintainersTemplatesInAMessagesFolderBesideThePolicyFileAreUsed() throws IOException {
        Path messages = Files.createDirectories(folder.resolve("messages"));
        for (Notification.Kind kind : Notification.Kind.values()) {
            Files.copy(BUNDLED.resolve(kind.word() + ".txt"), messages.resolve(kind.word() + ".txt"));
        }
        Files.writeString(messages.resolve("registration.txt"), "Subject: Welcome, {name}\n\nApplication {applicationId}.\n");
        MessageTemplates templates = MessageTemplates.besidePolicy(folder.resolve("workflow.json"));
        assertThat(templates.write(Notification.Kind.REGISTRATION, Map.of("name", "Jane", "applicationId", "PARA-0001",
                "applicantId", "A", "level", "1", "registeredOn", "x")).subject()).isEqualTo("Welcome, Jane");
        assertThat(MessageTemplates.besidePolicy(folder.resolve("elsewhere").resolve("workflow.json"))
                .write(Notification.Kind.REGISTRATION, Map.of("name", "Jane", "applicationId", "PARA-0001", "applicantId", "A",
                        "level", "1", "registeredOn", "x")).subject()).as("no folder: the bundled ones")
                .isEqualTo("PARA: your registration for Level 1");
    }

    private void copyBundled() throws IOException {
        for (Notification.Kind kind : Notification.Kind.values()) {
            Files.copy(BUNDLED.resolve(kind.word() + ".txt"), folder.resolve(kind.word() + ".txt"));
        }
    }
}
