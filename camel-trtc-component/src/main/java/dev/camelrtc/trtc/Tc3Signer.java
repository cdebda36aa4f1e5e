package dev.camelrtc.trtc;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.camelrtc.support.http.Crypto;
import dev.camelrtc.support.http.HttpCall;
import dev.camelrtc.support.call.ApiCredentials;

/**
 * TC3-HMAC-SHA256, Tencent Cloud API 3.0 request signing (https://cloud.tencent.com/document/api/213/30654). Signs
 * {@code content-type;host} as the official Java SDK does, so the Authorization header equals the SDK's byte for
 * byte for the same inputs; the credential scope's service is always {@code trtc}.
 */
public final class Tc3Signer {

    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    public static final String SERVICE = "trtc";
    public static final String API_VERSION = "2019-07-22";
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    static final String SIGNED_HEADERS = "content-type;host";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final String service;

    public Tc3Signer() {
        this(SERVICE);
    }

    /** For the published test vectors, which sign for other products. */
    Tc3Signer(String service) {
        this.service = service;
    }

    /**
     * Builds the signed POST of one action.
     *
     * @param endpoint  base URL, e.g. {@code https://trtc.tencentcloudapi.com} or {@code http://127.0.0.1:8080}
     * @param timestamp request time, sent as X-TC-Timestamp; the scope's date is its UTC date
     */
    public HttpCall sign(URI endpoint, String action, String region, byte[] payload, ApiCredentials credentials,
                         Instant timestamp, String requestClient) {
        long epochSeconds = timestamp.getEpochSecond();
        String host = HttpCall.hostHeader(endpoint);
        String authorization = authorization(credentials.id(), credentials.secret(), host, CONTENT_TYPE,
                payload, epochSeconds);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        headers.put("X-TC-Action", action);
        headers.put("X-TC-Timestamp", Long.toString(epochSeconds));
        headers.put("X-TC-Version", API_VERSION);
        if (region != null) {
            headers.put("X-TC-Region", region);
        }
        if (credentials.token() != null) {
            headers.put("X-TC-Token", credentials.token());
        }
        headers.put("X-TC-RequestClient", requestClient);
        URI target = endpoint.resolve("/");
        return new HttpCall("POST", target, headers, payload, CONTENT_TYPE);
    }

    /** The Authorization header value for a POST with the given content type, host and payload. */
    public String authorization(String secretId, String secretKey, String host, String contentType, byte[] payload,
                                long epochSeconds) {
        String date = DATE.format(Instant.ofEpochSecond(epochSeconds));
        String canonicalRequest = "POST\n/\n\n"
                + "content-type:" + contentType.trim().toLowerCase(Locale.ROOT) + "\n"
                + "host:" + host.trim().toLowerCase(Locale.ROOT) + "\n"
                + "\n" + SIGNED_HEADERS + "\n"
                + sha256Hex(payload);
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = ALGORITHM + "\n" + epochSeconds + "\n" + scope + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmac(secretDate, service);
        byte[] secretSigning = hmac(secretService, "tc3_request");
        String signature = Crypto.hex(hmac(secretSigning, stringToSign));
        return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + SIGNED_HEADERS
                + ", Signature=" + signature;
    }

    static String sha256Hex(byte[] data) {
        return Crypto.sha256Hex(data);
    }

    static byte[] hmac(byte[] key, String message) {
        return Crypto.hmac("HmacSHA256", key, message);
    }
}
