package org.dangjiandesk.logic.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (Spring Security's encoder on BouncyCastle). The parameters travel inside each hash, so
 * hashes made with other parameters (tests use cheap ones) still verify.
 */
public final class PasswordHasher {
    private final Argon2PasswordEncoder encoder;

    private PasswordHasher(Argon2PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** OWASP's recommended minimum (19 MiB, 2 passes), as Spring Security's defaults. */
    public static PasswordHasher standard() {
        return new PasswordHasher(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
    }

    /** Cheap parameters so a test suite with hundreds of logins stays fast. Never for real data. */
    public static PasswordHasher fastForTests() {
        return new PasswordHasher(new Argon2PasswordEncoder(16, 32, 1, 64, 1));
    }

    public String hash(char[] password) {
        return encoder.encode(java.nio.CharBuffer.wrap(password));
    }

    public boolean matches(char[] password, String hash) {
        return hash != null && encoder.matches(java.nio.CharBuffer.wrap(password), hash);
    }
}
