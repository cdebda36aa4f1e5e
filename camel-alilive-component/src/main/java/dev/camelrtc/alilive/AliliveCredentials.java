package dev.camelrtc.alilive;

import dev.camelrtc.support.Credentials;

/**
 * Resolved Alibaba Cloud credentials: options first, then the official SDKs' environment variables.
 *
 * @param securityToken STS token of temporary credentials, or null
 */
public record AliliveCredentials(String accessKeyId, String accessKeySecret, String securityToken) {

    public static final String ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    public static final String ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    public static final String ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    /** Resolves from the configuration and the environment; fails naming what is missing, never a value. */
    public static AliliveCredentials resolve(AliliveConfiguration configuration) {
        String id = Credentials.orEnv(configuration.getAccessKey(), ENV_ACCESS_KEY_ID);
        String secret = Credentials.orEnv(configuration.getSecretKey(), ENV_ACCESS_KEY_SECRET);
        String token = Credentials.orEnv(configuration.getSecurityToken(), ENV_SECURITY_TOKEN);
        if (id == null || secret == null) {
            throw new IllegalArgumentException("alilive: no Alibaba Cloud credentials: set the accessKey and secretKey"
                    + " options (on the endpoint or camel.component.alilive.*) or the environment variables "
                    + ENV_ACCESS_KEY_ID + " and " + ENV_ACCESS_KEY_SECRET
                    + (id == null ? " (accessKey is missing)" : " (secretKey is missing)"));
        }
        return new AliliveCredentials(id, secret, token);
    }

    @Override
    public String toString() {
        return "AliliveCredentials[accessKeyId=" + accessKeyId + ", accessKeySecret=***"
                + (securityToken == null ? "" : ", securityToken=***") + "]";
    }
}
