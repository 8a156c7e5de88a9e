package org.mla.para.engine.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.mla.para.engine.Problem;
import org.mla.para.model.Portfolio;
import org.mla.para.model.constraints.KnownAreas;

/** Runs the model's Bean Validation constraints and turns violations into path-and-message problems. */
public final class PortfolioValidation {

    /**
     * The assessment date of the validation running on this thread; outside {@link #validate}
     * (plain values such as a workflow registration) the system clock, as Hibernate Validator's
     * own default.
     */
    private static final ThreadLocal<LocalDate> DAY = new ThreadLocal<>();
    private static final ClockProvider ASSESSMENT_DAY = () -> {
        LocalDate day = DAY.get();
        return day == null ? Clock.systemDefaultZone() : Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    };

    /**
     * Hibernate Validator, started on first use (a holder: the warm-up must not start it on its
     * caller's thread). The clock provider is the factory's own, so that every validator below
     * shares the factory's constraint validator initialization context: Hibernate Validator
     * then uses the constraint validators each constraint keeps for that context, instead of
     * looking them up in a shared cache for every constraint of every claim (about a fifth of
     * a portfolio's validation). The edition's areas are a payload, which is no part of that context.
     */
    private static final class Factory {
        /** Held, so that the level set on it stays (java.util.logging keeps loggers weakly). */
        static final java.util.logging.Logger VERSION_LINE = quietVersionLine();
        static final HibernateValidatorFactory INSTANCE = Validation.byProvider(HibernateValidator.class)
                .configure()
                .clockProvider(ASSESSMENT_DAY)
                .messageInterpolator(new ResourceBundleMessageInterpolator(
                        new PlatformResourceBundleLocator("org/mla/para/engine/internal/ProblemMessages")))
                .buildValidatorFactory()
                .unwrap(HibernateValidatorFactory.class);
    }

    /**
     * Hibernate Validator announces its version at INFO when it starts. Through JBoss Logging's
     * fallback, java.util.logging, that line lands on the embedding application's standard
     * error. This sets that one logger, and no other, to WARNING, unless the application's
     * logging configuration gave it a level of its own. With JBoss Logging on another provider
     * (-Dorg.jboss.logging.provider=slf4j, say) the line follows that provider's configuration.
     */
    static java.util.logging.Logger quietVersionLine() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
        if (logger.getLevel() == null) {
            logger.setLevel(java.util.logging.Level.WARNING);
        }
        try { // the line is logged once, when the class initializes: let it happen now, under that level
            Class.forName("org.hibernate.validator.internal.util.Version", true, HibernateValidator.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // another Hibernate Validator: it may announce itself, nothing worse
        }
        return logger;
    }

    /** One validator per edition's areas, rather than a new one per call. */
    private static final Map<KnownAreas, Validator> VALIDATORS = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicBoolean WARMED_UP = new java.util.concurrent.atomic.AtomicBoolean();

    private PortfolioValidation() {
    }

    /**
     * Every constraint violation of {@code portfolio} as a problem. Dates are checked against
     * {@code asOf}, areas against {@code areas}; {@code claimIndex} maps a claim's position in
     * the portfolio to its position in the document it was read from.
     */
    public static List<Problem> validate(Portfolio portfolio, LocalDate asOf, KnownAreas areas, IntUnaryOperator claimIndex) {
        Validator validator = validator(areas);
        Set<ConstraintViolation<Portfolio>> violations;
        DAY.set(asOf);
        try {
            violations = validator.validate(portfolio);
        } finally {
            DAY.remove();
        }
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<Portfolio> violation : violations) {
            problems.add(new Problem(path(violation.getPropertyPath(), claimIndex), oneLine(violation.getMessage())));
        }
        return problems;
    }

    private static Validator validator(KnownAreas areas) {
        return VALIDATORS.computeIfAbsent(areas, known -> Factory.INSTANCE.usingContext()
                .clockProvider(ASSESSMENT_DAY)
                .constraintValidatorPayload(known)
                .getValidator());
    }

    /**
     * Starts, on a background thread, what the first validation would otherwise do on the
     * caller's: Hibernate Validator's start and the constraint metadata of every claim type.
     * The engine calls it while it loads the rules, so that a short-lived command overlaps
     * the two on a second core.
     */
    public static void warmUpInBackground() {
        if (WARMED_UP.getAndSet(true)) {
            return;
        }
        Thread warmUp = new Thread(() -> {
            try {
                Validator validator = Factory.INSTANCE.getValidator(); // constraint metadata is shared by the factory's validators
                validator.getConstraintsForClass(Portfolio.class);
                for (org.mla.para.model.ClaimType type : org.mla.para.model.ClaimType.values()) {
                    validator.getConstraintsForClass(type.recordType());
                }
            } catch (Throwable e) { // the first validation reports the real failure to its caller
                org.slf4j.LoggerFactory.getLogger(PortfolioValidation.class).debug("validation warm-up failed", e);
            }
        }, "para-validation-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Every constraint violation of a plain value (a workflow registration, say), as problems. */
    public static List<Problem> validateValue(Object value) {
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : Factory.INSTANCE.getValidator().validate(value)) {
            problems.add(new Problem(violation.getPropertyPath().toString(), oneLine(violation.getMessage())));
        }
        problems.sort(null);
        return problems;
    }

    /** Messages echo values from the input: control characters are shown escaped, so each problem stays one line. */
    static String oneLine(String message) {
        StringBuilder line = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                line.append(String.format("\\u%04x", c));
            } else {
                line.appendCodePoint(c);
            }
        });
        return line.toString();
    }

    /** {@code claims[3].areas[1].percent}, with the claim index of the document; {@code $} for the root. */
    static String path(Path path, IntUnaryOperator claimIndex) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                int index = "claims".equals(previous) && text.indexOf(".") < 0 ? claimIndex.applyAsInt(node.getIndex()) : node.getIndex();
                text.append('[').append(index).append(']');
            }
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(node.getName());
            previous = node.getName();
        }
        return text.length() == 0 ? "$" : text.toString();
    }
}
