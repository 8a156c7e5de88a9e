package org.mla.para.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A rule edition that cannot be used: a rule file that does not compile, a descriptor that is
 * missing or malformed, or rules that leave a claim unscored. Problems name the file, and the
 * line and column where Drools knows them.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RuleEditionException extends ParaException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public RuleEditionException(List<Problem> problems) {
        super("the rule edition cannot be used:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RuleEditionException(String where, String message) {
        this(List.of(new Problem(where, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
