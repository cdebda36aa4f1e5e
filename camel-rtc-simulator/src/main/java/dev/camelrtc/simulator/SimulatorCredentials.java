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
package dev.camelrtc.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The keys the simulator accepts: Tencent SecretId → SecretKey, Alibaba AccessKeyId → AccessKeySecret. */
public final class SimulatorCredentials {

    private final Map<String, String> tencent = new ConcurrentHashMap<>();
    private final Map<String, String> aliyun = new ConcurrentHashMap<>();

    void addTencent(String secretId, String secretKey) {
        tencent.put(require(secretId, "secretId"), require(secretKey, "secretKey"));
    }

    void addAliyun(String accessKeyId, String accessKeySecret) {
        aliyun.put(require(accessKeyId, "accessKeyId"), require(accessKeySecret, "accessKeySecret"));
    }

    /** SecretKey of a Tencent SecretId, or null when unknown. */
    public String tencentSecretKey(String secretId) {
        return secretId == null ? null : tencent.get(secretId);
    }

    /** AccessKeySecret of an Alibaba AccessKeyId, or null when unknown. */
    public String aliyunSecret(String accessKeyId) {
        return accessKeyId == null ? null : aliyun.get(accessKeyId);
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
