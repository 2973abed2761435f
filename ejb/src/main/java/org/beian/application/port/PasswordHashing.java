package org.beian.application.port;

/** Turns a password into the stored hash that the container's identity store verifies at login. */
public interface PasswordHashing {

    String hash(String password);

    boolean verify(String password, String storedHash);
}
