package dev.camelrtc.alilive;

/** AliliveComponents set up as the tests against the simulator use them. */
final class SimulatedAlilive {

    private SimulatedAlilive() {
    }

    /** A new component calling {@code endpoint} with this AccessKey. */
    static AliliveComponent component(String endpoint, String accessKey, String secretKey) {
        AliliveComponent alilive = new AliliveComponent();
        alilive.getConfiguration().setAccessKey(accessKey);
        alilive.getConfiguration().setSecretKey(secretKey);
        alilive.getConfiguration().setEndpoint(endpoint);
        return alilive;
    }
}
