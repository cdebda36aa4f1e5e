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
