/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
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
