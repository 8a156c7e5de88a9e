package org.mla.para.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A portfolio that cannot be assessed, with every problem found in it. Nothing was assessed.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidPortfolioException extends ParaException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidPortfolioException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the portfolio:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
