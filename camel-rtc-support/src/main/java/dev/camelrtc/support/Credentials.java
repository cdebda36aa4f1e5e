package dev.camelrtc.support;

/** Where credentials come from when no option sets them. */
public final class Credentials {

    private Credentials() {
    }

    /**
     * The first non-blank of the given value and the environment variable, trimmed (a stray space in a copied key is
     * the classic cause of signature failures), or null.
     */
    public static String orEnv(String value, String environmentVariable) {
        if (value != null && !value.isBlank()) {
            return value.trim();
        }
        String env = System.getenv(environmentVariable);
        return env == null || env.isBlank() ? null : env.trim();
    }
}
