package org.mla.para.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.mla.para.engine.GapAnalysis;
import org.mla.para.engine.PlainWords;
import org.mla.para.model.Assessment;
import org.mla.para.model.Claim;
import org.mla.para.model.ClaimAssessment;
import org.mla.para.model.ClaimType;
import org.mla.para.model.EvidenceKind;
import org.mla.para.model.Note;
import org.mla.para.model.Portfolio;
import org.mla.para.model.Requirement;
import org.mla.para.model.RequirementName;

/**
 * Finds what a portfolio still needs by asking the rules: every option is a hypothetical
 * portfolio assessed with the same edition. Nothing here knows a point value; a cap or a
 * window that makes an addition useless simply shows as an addition that closes nothing.
 */
public final class GapFinder {

    private final CompiledEdition edition;
    private final LocalDate asOf;
    private final List<HypotheticalClaims.Kind> kinds;
    private final Map<ClaimType, List<EvidenceKind>> acceptedEvidence = new EnumMap<>(ClaimType.class);
    /** The area chosen for each requirement's additions, so the plan suggests what the options do. */
    private final Map<RequirementName, AreaChoice> chosen = new EnumMap<>(RequirementName.class);
    private int planned;

    /** Where additions go, and why there, for a person. */
    private record AreaChoice(String code, String why) {
    }

    /** Options for one requirement, and why their area was chosen (empty when none names an area). */
    private record Found(List<GapAnalysis.Option> options, String why) {
    }

    private GapFinder(CompiledEdition edition, LocalDate asOf) {
        this.edition = edition;
        this.asOf = asOf;
        this.kinds = HypotheticalClaims.kinds(asOf);
    }

    /** Analyses a valid portfolio whose target level is the level to reach. */
    public static GapAnalysis analyse(CompiledEdition edition, Portfolio portfolio, LocalDate asOf) {
        return new GapFinder(edition, asOf).analyse(portfolio);
    }

    private GapAnalysis analyse(Portfolio portfolio) {
        Assessment assessment = score(portfolio);
        List<GapAnalysis.PendingEvidence> pending = new ArrayList<>();
        for (int i = 0; i < portfolio.claims().size(); i++) {
            ClaimAssessment claim = assessment.claims().get(i);
            if (claim.notes().contains(Note.NO_EVIDENCE) && claim.pendingPoints() > 0 && !accepted(portfolio, i).isEmpty()) {
                pending.add(new GapAnalysis.PendingEvidence(claim.id(), claim.pendingPoints(), accepted(portfolio, i)));
            }
        }
        List<GapAnalysis.Shortfall> shortfalls = new ArrayList<>();
        for (Requirement requirement : assessment.requirements()) {
            if (!requirement.met()) {
                shortfalls.add(shortfall(portfolio, assessment, requirement));
            }
        }
        List<GapAnalysis.Step> plan = new ArrayList<>();
        Portfolio current = portfolio;
        Assessment now = assessment;
        // The work is done already: attaching its evidence comes first, wherever it helps.
        for (GapAnalysis.PendingEvidence waiting : pending) {
            int index = indexOf(current, waiting.claimId());
            Claim proven = RecordShape.with(current.claims().get(index), "evidence", List.of(waiting.accepted().get(0)));
            Portfolio candidate = apply(current, List.of(proven));
            Assessment after = score(candidate);
            RequirementName helped = helped(now, after);
            if (helped != null) {
                plan.add(new GapAnalysis.Step(helped, attach(waiting.accepted(), proven), List.of(proven), ""));
                current = candidate;
                now = after;
            }
        }
        Set<RequirementName> given = new HashSet<>();
        // Each step brings its requirement at least one closer: the plan never needs more steps than this.
        int mostSteps = plan.size() + now.requirements().stream().mapToInt(Requirement::shortBy).sum();
        for (Requirement unmet = nextUnmet(now, given); unmet != null && plan.size() < mostSteps; unmet = nextUnmet(now, given)) {
            Found found = options(current, now, unmet.name(), true);
            if (found.options().isEmpty()) {
                given.add(unmet.name());
                continue;
            }
            GapAnalysis.Option option = found.options().get(0);
            boolean evidence = option.claims().size() == 1 && indexOfOrMinus(current, option.claims().get(0).id()) >= 0;
            plan.add(new GapAnalysis.Step(unmet.name(), option.description(), option.claims(), evidence ? "" : found.why()));
            current = apply(current, option.claims());
            now = score(current);
        }
        return new GapAnalysis(assessment, shortfalls, pending, plan, current, now);
    }

    /** The first unmet requirement that {@code after} brings closer, or null. */
    private static RequirementName helped(Assessment before, Assessment after) {
        for (Requirement requirement : before.requirements()) {
            if (!requirement.met() && after.requirement(requirement.name()).actual() > requirement.actual()) {
                return requirement.name();
            }
        }
        return null;
    }

    private static int indexOfOrMinus(Portfolio portfolio, String claimId) {
        for (int i = 0; i < portfolio.claims().size(); i++) {
            if (portfolio.claims().get(i).id().equals(claimId)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(Portfolio portfolio, String claimId) {
        for (int i = 0; i < portfolio.claims().size(); i++) {
            if (portfolio.claims().get(i).id().equals(claimId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(claimId);
    }

    private Requirement nextUnmet(Assessment assessment, Set<RequirementName> given) {
        return assessment.requirements().stream()
                .filter(r -> !r.met() && r.name() != RequirementName.PREREQUISITE && !given.contains(r.name()))
                .findFirst().orElse(null);
    }

    private GapAnalysis.Shortfall shortfall(Portfolio portfolio, Assessment assessment, Requirement requirement) {
        if (requirement.name() == RequirementName.PREREQUISITE) {
            String advice = requirement.actual() >= portfolio.targetLevel()
                    ? "already holds Level " + requirement.actual() + ": apply for a higher level"
                    : "must first hold Level " + requirement.required() + ": no claim can stand in for it";
            return new GapAnalysis.Shortfall(requirement.name(), requirement.required(), requirement.actual(), advice, List.of(), "");
        }
        Found found = options(portfolio, assessment, requirement.name(), false);
        return new GapAnalysis.Shortfall(requirement.name(), requirement.required(), requirement.actual(), "",
                found.options(), found.why());
    }

    /**
     * Single changes that each meet {@code name}: evidence for a waiting claim first, then
     * additions; only the first when {@code firstOnly}. When no single change meets it, the
     * additions that bring it closest (one more area covered, say).
     */
    private Found options(Portfolio portfolio, Assessment assessment, RequirementName name, boolean firstOnly) {
        List<GapAnalysis.Option> options = new ArrayList<>();
        int before = assessment.requirement(name).actual();
        for (int i = 0; i < portfolio.claims().size(); i++) {
            Claim claim = portfolio.claims().get(i);
            if (!assessment.claims().get(i).notes().contains(Note.NO_EVIDENCE)) {
                continue;
            }
            List<EvidenceKind> accepted = accepted(portfolio, i);
            if (accepted.isEmpty()) {
                continue;
            }
            Claim proven = RecordShape.with(claim, "evidence", List.of(accepted.get(0)));
            Assessment after = score(apply(portfolio, List.of(proven)));
            if (after.requirement(name).met()) {
                options.add(new GapAnalysis.Option(attach(accepted, claim), after.requirement(name).actual() - before, List.of(proven)));
                if (firstOnly) {
                    return new Found(options, "");
                }
            }
        }
        AreaChoice cached = chosen.get(name);
        AreaChoice area = cached != null ? cached : areaFor(portfolio, assessment, name);
        List<GapAnalysis.Option> additions = additions(portfolio, assessment, name, area.code(), firstOnly, true);
        if (additions.isEmpty() && cached != null) {
            area = areaFor(portfolio, assessment, name);
            additions = additions(portfolio, assessment, name, area.code(), firstOnly, true);
        }
        if (additions.isEmpty() && options.isEmpty()) {
            // No single addition closes it: offer those that bring it closest, one per area, the
            // chosen area first, then the others in the order the same reasoning ranks them.
            for (AreaChoice candidate : areasFor(portfolio, assessment, name, area)) {
                List<GapAnalysis.Option> closer = additions(portfolio, assessment, name, candidate.code(), true, false);
                if (!closer.isEmpty() && additions.isEmpty()) {
                    area = candidate;
                }
                additions.addAll(closer);
                if (firstOnly && !additions.isEmpty()) {
                    break;
                }
            }
        }
        if (cached == null) {
            chosen.put(name, area);
        }
        options.addAll(additions);
        String why = additions.isEmpty() ? "" : area.why();
        if (additions.stream().map(o -> o.claims().get(0)).map(GapFinder::areaOf).distinct().count() > 1) {
            why = "one suggestion per area not yet covered, the areas where you already have the most points first; " + why;
        }
        return new Found(options, why);
    }

    /**
     * Additions of each kind in {@code area} that meet {@code name} (or, when not {@code closing},
     * that raise it), each with the smallest quantity that does; only the first when {@code firstOnly}.
     */
    private List<GapAnalysis.Option> additions(Portfolio portfolio, Assessment assessment, RequirementName name, String area,
            boolean firstOnly, boolean closing) {
        List<GapAnalysis.Option> options = new ArrayList<>();
        int before = assessment.requirement(name).actual();
        java.util.function.Predicate<List<Claim>> enough = closing ? added -> meets(portfolio, added, name)
                : added -> score(apply(portfolio, added)).requirement(name).actual() > before;
        String areaName = PlainWords.area(edition.edition(), area);
        for (HypotheticalClaims.Kind kind : kinds) {
            Function<Integer, List<Claim>> make = q -> kind.make(q, area, asOf, nextId(portfolio), evidenceFor(portfolio, kind));
            if (!enough.test(make.apply(kind.max()))) {
                continue;
            }
            int low = kind.min();
            int high = kind.max();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (enough.test(make.apply(middle))) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            List<Claim> claims = make.apply(low);
            int gain = score(apply(portfolio, claims)).requirement(name).actual() - before;
            options.add(new GapAnalysis.Option(kind.describe(low, areaName, asOf), gain, claims));
            if (firstOnly) {
                return options;
            }
        }
        return options;
    }

    /**
     * Where additions should go: for AREAS, the area not yet covered that has the most points;
     * otherwise the area with the fewest points, which also spreads the portfolio.
     */
    private AreaChoice areaFor(Portfolio portfolio, Assessment assessment, RequirementName name) {
        return areasFor(portfolio, assessment, name, null).get(0);
    }

    /** The areas in the order {@link #areaFor} ranks them, {@code first} first when given. */
    private List<AreaChoice> areasFor(Portfolio portfolio, Assessment assessment, RequirementName name, AreaChoice first) {
        List<String> areas = edition.edition().areaCodes();
        List<AreaChoice> ranked = new ArrayList<>();
        if (name == RequirementName.AREAS) {
            int covered = assessment.requirement(RequirementName.AREAS).actual();
            HypotheticalClaims.Kind probe = kinds.get(0);
            List<String> uncovered = new ArrayList<>();
            for (String area : areas) {
                List<Claim> big = probe.make(probe.max(), area, asOf, nextId(portfolio), evidenceFor(portfolio, probe));
                if (score(apply(portfolio, big)).requirement(RequirementName.AREAS).actual() > covered) {
                    uncovered.add(area);
                }
            }
            uncovered.sort((a, b) -> Integer.compare(assessment.pointsIn(b), assessment.pointsIn(a)));
            for (String area : uncovered) {
                int points = assessment.pointsIn(area);
                String areaName = PlainWords.area(edition.edition(), area);
                ranked.add(new AreaChoice(area, areaName + " is not yet covered" + (points > 0
                        ? ", and you already have " + points + " points there, the most of the areas not yet covered"
                        : ranked.isEmpty() ? "; none of the areas not yet covered has points yet, so it is the first of them" : "")));
            }
        }
        if (ranked.isEmpty()) {
            List<String> byPoints = new ArrayList<>(areas);
            byPoints.sort((a, b) -> Integer.compare(assessment.pointsIn(a), assessment.pointsIn(b)));
            String counts = name == RequirementName.AREAS ? "it" : PlainWords.requirement(name).toLowerCase(java.util.Locale.ROOT);
            for (String area : byPoints) {
                String areaName = PlainWords.area(edition.edition(), area);
                int points = assessment.pointsIn(area);
                ranked.add(new AreaChoice(area, "any area counts toward " + counts + "; " + (points == 0
                        ? "you have no points yet in " + areaName
                        : areaName + " is where you have the fewest points (" + points + ")")
                        + ", so it also widens your areas of expertise"));
            }
        }
        if (first != null) {
            ranked.removeIf(choice -> choice.code().equals(first.code()));
            ranked.add(0, first);
        }
        return ranked;
    }

    /** The area a hypothetical claim puts its points in. */
    private static String areaOf(Claim claim) {
        if (claim instanceof org.mla.para.model.SingleArea single) {
            return single.area();
        }
        return claim instanceof org.mla.para.model.LibraryEmployment job ? job.areas().get(0).area() : "";
    }

    private boolean meets(Portfolio portfolio, List<Claim> added, RequirementName name) {
        return score(apply(portfolio, added)).requirement(name).met();
    }

    /** The evidence kinds that make claim {@code index} count, found by trying each. */
    private List<EvidenceKind> accepted(Portfolio portfolio, int index) {
        Claim claim = portfolio.claims().get(index);
        return acceptedEvidence.computeIfAbsent(claim.type(), type -> Arrays.stream(EvidenceKind.values())
                .filter(kind -> {
                    Claim proven = RecordShape.with(claim, "evidence", List.of(kind));
                    return !score(apply(portfolio, List.of(proven))).claims().get(index).notes().contains(Note.NO_EVIDENCE);
                }).toList());
    }

    /** Evidence that makes a hypothetical claim of this kind count. */
    private List<EvidenceKind> evidenceFor(Portfolio portfolio, HypotheticalClaims.Kind kind) {
        Claim sample = kind.make(kind.min(), edition.edition().areaCodes().get(0), asOf, "probe", List.of()).get(0);
        if (!acceptedEvidence.containsKey(sample.type())) {
            Portfolio probe = apply(portfolio, List.of(sample));
            accepted(probe, probe.claims().size() - 1);
        }
        List<EvidenceKind> accepted = acceptedEvidence.get(sample.type());
        return accepted.isEmpty() ? List.of() : List.of(accepted.get(0));
    }

    /** The portfolio with {@code claims} added, or put in place of the claims with their ids. */
    private static Portfolio apply(Portfolio portfolio, List<Claim> claims) {
        List<Claim> result = new ArrayList<>(portfolio.claims());
        for (Claim claim : claims) {
            int existing = -1;
            for (int i = 0; i < result.size(); i++) {
                if (result.get(i).id().equals(claim.id())) {
                    existing = i;
                }
            }
            if (existing >= 0) {
                result.set(existing, claim);
            } else {
                result.add(claim);
            }
        }
        return portfolio.withClaims(result);
    }

    private String nextId(Portfolio portfolio) {
        Set<String> ids = new HashSet<>();
        portfolio.claims().forEach(c -> ids.add(c.id()));
        String id;
        do {
            id = "plan-" + (++planned);
        } while (ids.contains(id));
        return id;
    }

    private Assessment score(Portfolio portfolio) {
        return Scorer.score(edition, portfolio, asOf);
    }

    /** "attach a certificate or attendance form to w3 “RDA Cataloging Refresher”". */
    private static String attach(List<EvidenceKind> kinds, Claim claim) {
        return "attach " + PlainWords.anyOf(kinds) + " to " + claim.id() + " “" + claim.title() + "”";
    }
}
