package dev.camelrtc.trtc;

import dev.camelrtc.support.Credentials;

/**
 * Resolved Tencent Cloud credentials: options first, then the official SDK's environment variables.
 *
 * @param sessionToken STS token of temporary credentials, or null
 */
public record TrtcCredentials(String secretId, String secretKey, String sessionToken) {

    public static final String ENV_SECRET_ID = "TENCENTCLOUD_SECRET_ID";
    public static final String ENV_SECRET_KEY = "TENCENTCLOUD_SECRET_KEY";
    public static final String ENV_SESSION_TOKEN = "TENCENTCLOUD_SESSION_TOKEN";

    /** Resolves from the configuration and the environment; fails naming what is missing, never a value. */
    public static TrtcCredentials resolve(TrtcConfiguration configuration) {
        String id = Credentials.orEnv(configuration.getSecretId(), ENV_SECRET_ID);
        String key = Credentials.orEnv(configuration.getSecretKey(), ENV_SECRET_KEY);
        String token = Credentials.orEnv(configuration.getSessionToken(), ENV_SESSION_TOKEN);
        if (id == null || key == null) {
            throw new IllegalArgumentException("trtc: no Tencent Cloud credentials: set the secretId and secretKey"
                    + " options (on the endpoint or camel.component.trtc.*) or the environment variables "
                    + ENV_SECRET_ID + " and " + ENV_SECRET_KEY + (id == null ? " (secretId is missing)"
                    : " (secretKey is missing)"));
        }
        return new TrtcCredentials(id, key, token);
    }

    @Override
    public String toString() {
        return "TrtcCredentials[secretId=" + secretId + ", secretKey=***" + (sessionToken == null ? "" : ", sessionToken=***")
                + "]";
    }
}
