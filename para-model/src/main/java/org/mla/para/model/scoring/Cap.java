package org.mla.para.model.scoring;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.mla.para.model.ClaimType;

/**
 * A cap: at most so many points, or so many claims, from one claim type or a group of types,
 * per portfolio or per organization (title). Declared in one line of the edition's
 * {@code caps.drl}, it reads like the Guidelines:
 * <pre>
 * insert(Cap.atMost(20).points().perPortfolio().of(ClaimType.CROSS_TRAINING));
 * insert(Cap.atMost(10).points().perOrganization().of(ClaimType.MEMBERSHIP));
 * insert(Cap.atMost(3).claims().perPortfolio().of(ClaimType.PRESENTATION));
 * </pre>
 * The edition's rules apply every cap in claim order ({@link ClaimScores#applyCaps}): each
 * claim that counts gets what its cap has left, note CAPPED when that takes points away.
 *
 * @param limit      the most points, or claims, that count
 * @param unit       whether the limit counts points or claims
 * @param perTitle   whether claims with the same organization or title share a limit (else the whole portfolio does)
 * @param types      the claim types the cap covers together
 * @param declared   the order caps were declared in: caps that cover the same claim apply in that order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Cap(int limit, Unit unit, boolean perTitle, Set<ClaimType> types, long declared) {

    private static final AtomicLong DECLARATIONS = new AtomicLong();

    /** What a cap counts. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public enum Unit {
        /** At most so many points. */
        POINTS,
        /** At most so many claims that earn points; later claims earn nothing. */
        CLAIMS
    }

    public Cap {
        if (limit < 0) {
            throw new EditionMistake("a cap's limit cannot be negative: Cap.atMost(" + limit + ")", "Cap.atMost(" + limit + ")");
        }
        if (unit == null || types == null || types.isEmpty() || types.contains(null)) {
            throw new EditionMistake("a cap needs a unit and at least one claim type");
        }
        types = Set.copyOf(types);
    }

    /** Starts a cap of at most {@code limit} points or claims. */
    public static Amount atMost(int limit) {
        return new Amount(limit);
    }

    /** Whether the cap covers claims of {@code type}. */
    public boolean covers(ClaimType type) {
        return types.contains(type);
    }

    /** A cap whose amount is known, waiting for its unit. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static final class Amount {
        private final int limit;

        private Amount(int limit) {
            this.limit = limit;
        }

        /** The limit is in points. */
        public Scope points() {
            return new Scope(limit, Unit.POINTS);
        }

        /** The limit is a number of claims. */
        public Scope claims() {
            return new Scope(limit, Unit.CLAIMS);
        }
    }

    /** A cap whose amount and unit are known, waiting for what shares it. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static final class Scope {
        private final int limit;
        private final Unit unit;

        private Scope(int limit, Unit unit) {
            this.limit = limit;
            this.unit = unit;
        }

        /** All the portfolio's claims of the cap's types share the limit. */
        public Types perPortfolio() {
            return new Types(limit, unit, false);
        }

        /** Claims of the same organization share the limit (the same as {@link #perTitle()}). */
        public Types perOrganization() {
            return new Types(limit, unit, true);
        }

        /** Claims of the same title share the limit (for memberships, the title is the organization). */
        public Types perTitle() {
            return new Types(limit, unit, true);
        }
    }

    /** A cap waiting for the claim types it covers. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public static final class Types {
        private final int limit;
        private final Unit unit;
        private final boolean perTitle;

        private Types(int limit, Unit unit, boolean perTitle) {
            this.limit = limit;
            this.unit = unit;
            this.perTitle = perTitle;
        }

        /** The cap covers claims of {@code first} (and of {@code others}, together). */
        public Cap of(ClaimType first, ClaimType... others) {
            return new Cap(limit, unit, perTitle, EnumSet.of(first, others), DECLARATIONS.incrementAndGet());
        }
    }
}
