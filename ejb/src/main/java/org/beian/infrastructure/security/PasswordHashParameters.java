package org.beian.infrastructure.security;

import java.util.Map;

/**
 * The PBKDF2 parameters new hashes are made with. Stored hashes carry their own algorithm, iterations
 * and salt, so raising these later does not lock anyone out.
 */
public final class PasswordHashParameters {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=16";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    private PasswordHashParameters() {}

    static Map<String, String> asMap() {
        return Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT_SIZE), value(SALT_SIZE),
                key(KEY_SIZE), value(KEY_SIZE));
    }

    private static String key(String parameter) { return parameter.substring(0, parameter.indexOf('=')); }

    private static String value(String parameter) { return parameter.substring(parameter.indexOf('=') + 1); }
}
