package org.beian.domain.model.check;

/**
 * A stable code for one kind of problem. Implemented by one enum per check family, so the code is the
 * constant's name: it is a message key and may be stored, so never rename a constant.
 */
public interface ProblemCode {

    /** The enum constant's name, UPPER_SNAKE. */
    String name();

    default String code() {
        return name();
    }
}
