package org.mla.para.cli;

import java.util.concurrent.Callable;
import org.mla.para.examples.MembershipSystemExample;
import picocli.CommandLine.Command;

/** {@code para embedding-example}: runs the membership-system example, whose source is the point. */
@Command(name = "embedding-example", description = {"Runs the example of a membership system that embeds PARA in Java.",
    "Its source: para-examples/src/main/java/org/mla/para/examples/MembershipSystemExample.java."})
final class ExampleCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        MembershipSystemExample.main(new String[0]);
        return ExitCodes.ASSESSED;
    }
}
