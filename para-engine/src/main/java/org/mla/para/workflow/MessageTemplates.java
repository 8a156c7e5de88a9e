package org.mla.para.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The texts of the messages the workflow sends: policy, like the fee, so they live in files a
 * maintainer edits beside {@code workflow.json}: {@code messages/KIND.txt}, one per
 * {@link Notification.Kind} ({@code receipt.txt}, {@code revisions-requested.txt}...). A file's
 * first line is {@code Subject: ...}, then a blank line, then the body. {@code {name}} and the
 * other placeholders of {@link #placeholders(Notification.Kind)} are filled in when a message
 * is written; any other {@code {word}} is refused when the templates are read, naming the file
 * and line, so a typing error never reaches an applicant.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public final class MessageTemplates {

    private static final String BUNDLED = "/org/mla/para/rules/messages/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final String SUBJECT = "Subject:";
    private static final List<String> COMMON = List.of("name", "applicationId", "applicantId", "level");

    private final Map<Notification.Kind, Template> templates;

    /** One kind's subject and body, unfilled. */
    private record Template(String subject, String body) {
    }

    /** A message written from a template: its subject and body. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.3")
    public record Message(String subject, String body) {
    }

    private MessageTemplates(Map<Notification.Kind, Template> templates) {
        this.templates = templates;
    }

    /** The templates bundled with PARA, beside the bundled {@code workflow.json}. */
    public static MessageTemplates bundled() {
        Map<Notification.Kind, String> texts = new EnumMap<>(Notification.Kind.class);
        for (Notification.Kind kind : Notification.Kind.values()) {
            String resource = BUNDLED + kind.word() + ".txt";
            try (InputStream in = MessageTemplates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing: is para-rules on the class path?");
                }
                texts.put(kind, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parse(texts, "messages (bundled)/");
    }

    /**
     * Reads the templates in {@code folder} ({@code receipt.txt}...); every kind must have one.
     *
     * @throws WorkflowException naming each file and line that is wrong
     */
    public static MessageTemplates read(Path folder) {
        Map<Notification.Kind, String> texts = new EnumMap<>(Notification.Kind.class);
        List<String> problems = new ArrayList<>();
        for (Notification.Kind kind : Notification.Kind.values()) {
            Path file = folder.resolve(kind.word() + ".txt");
            try {
                texts.put(kind, Files.readString(file, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                problems.add(file + ": missing: every kind of message needs its template");
            } catch (IOException e) {
                problems.add(file + ": cannot be read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException(String.join("; ", problems));
        }
        return parse(texts, folder + "/");
    }

    /** The templates beside a workflow policy file, in its {@code messages} folder; the bundled ones when there is none. */
    public static MessageTemplates besidePolicy(Path policyFile) {
        Path folder = policyFile.toAbsolutePath().getParent().resolve("messages");
        return Files.isDirectory(folder) ? read(folder) : bundled();
    }

    /** The placeholders a template of {@code kind} may use. */
    public static Set<String> placeholders(Notification.Kind kind) {
        Set<String> known = new LinkedHashSet<>(COMMON);
        known.addAll(switch (kind) {
            case REGISTRATION -> List.of("registeredOn");
            case RECEIPT -> List.of("submittedOn", "feePaid");
            case SCHEDULED -> List.of("submittedOn", "meeting", "decisionDueOn");
            case DECISION, REVISIONS_REQUESTED -> List.of("outcome", "decidedOn", "comment", "reasons", "adjustedPoints",
                    "verdict");
            case CERTIFICATE -> List.of("issuedOn", "delivery");
            case WITHDRAWAL -> List.of("withdrawnOn", "reason");
        });
        return known;
    }

    /**
     * Writes the message of {@code kind} with {@code values} for its placeholders.
     *
     * @throws IllegalArgumentException when a placeholder the template uses has no value
     */
    public Message write(Notification.Kind kind, Map<String, String> values) {
        Template template = templates.get(kind);
        // An empty value (no comment, say) leaves no run of blank lines behind.
        return new Message(fill(template.subject(), values).strip(),
                fill(template.body(), values).replaceAll("\n[ \t]*(\n[ \t]*)+\n", "\n\n"));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static MessageTemplates parse(Map<Notification.Kind, String> texts, String where) {
        Map<Notification.Kind, Template> templates = new EnumMap<>(Notification.Kind.class);
        List<String> problems = new ArrayList<>();
        texts.forEach((kind, text) -> {
            String file = where + kind.word() + ".txt";
            List<String> lines = text.replace("\r\n", "\n").lines().toList();
            if (lines.isEmpty() || !lines.get(0).startsWith(SUBJECT) || lines.get(0).substring(SUBJECT.length()).isBlank()) {
                problems.add(file + ":1: the first line must be 'Subject: ...'");
                return;
            }
            List<String> afterSubject = lines.subList(1, lines.size());
            if (afterSubject.isEmpty() || !afterSubject.get(0).isBlank()
                    || String.join("", afterSubject).isBlank()) {
                problems.add(file + ": a blank line must follow the subject, then the body");
                return;
            }
            Set<String> known = placeholders(kind);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = PLACEHOLDER.matcher(lines.get(i));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        problems.add(file + ":" + (i + 1) + ": unknown placeholder {" + matcher.group(1) + "} (known in "
                                + kind.word() + ": " + String.join(", ", known.stream().map(p -> "{" + p + "}").toList()) + ")");
                    }
                }
            }
            String body = String.join("\n", afterSubject.subList(1, afterSubject.size())).strip() + "\n";
            templates.put(kind, new Template(lines.get(0).substring(SUBJECT.length()), body));
        });
        if (!problems.isEmpty()) {
            throw new WorkflowException(String.join("\n", problems));
        }
        return new MessageTemplates(templates);
    }
}
