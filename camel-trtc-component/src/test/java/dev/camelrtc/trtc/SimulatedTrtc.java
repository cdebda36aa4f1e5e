package dev.camelrtc.trtc;

/** TrtcComponents set up as the tests against the simulator use them. */
final class SimulatedTrtc {

    private SimulatedTrtc() {
    }

    /** A new component in ap-guangzhou calling {@code endpoint} with this key for this application. */
    static TrtcComponent component(String endpoint, String secretId, String secretKey, long sdkAppId) {
        return configure(new TrtcComponent(), endpoint, secretId, secretKey, sdkAppId);
    }

    /** Sets the region, endpoint, key and application of {@code trtc}. */
    static TrtcComponent configure(TrtcComponent trtc, String endpoint, String secretId, String secretKey,
                                   long sdkAppId) {
        TrtcConfiguration configuration = trtc.getConfiguration();
        configuration.setSecretId(secretId);
        configuration.setSecretKey(secretKey);
        configuration.setRegion("ap-guangzhou");
        configuration.setEndpoint(endpoint);
        configuration.setSdkAppId(sdkAppId);
        return trtc;
    }
}
