package dev.camelrtc.simulator.http;

/** One cloud's API behind the shared server. */
public interface VendorApi {

    /** Vendor name as shown by the admin path: "tencent" or "aliyun". */
    String vendor();

    /** Handles one request of {@code action} completely (signature, limits, parameters, state). */
    SimResponse handle(SimRequest request, String action);

    /** The vendor's error envelope for an injected error fault; {@code httpStatus} 0 = the vendor's default. */
    SimResponse injectedError(String code, String message, int httpStatus);

    /** HTTP 200, the vendor's JSON content type, a body that is not JSON. */
    default SimResponse malformed() {
        return SimResponse.json(200, "<<not json: simulator malformed-body fault>> {\"Response\":");
    }
}
