package org.beian.domain.model.check;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One problem a check found: a stable code plus positional arguments for the message (for example the
 * expected check character). Arguments are strings so that a message catalogue can use them as they are;
 * each code documents what its arguments mean.
 */
public record Problem(ProblemCode code, List<String> arguments) {

    public Problem {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static Problem of(ProblemCode code, Object... arguments) {
        return new Problem(code, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? code.code() : code.code() + arguments;
    }
}
