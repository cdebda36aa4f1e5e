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
package dev.camelrtc.simulator.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The RequestId of a reply: a random (version 4) UUID, as both clouds send. It identifies a reply, it protects
 * nothing, so it comes from {@link ThreadLocalRandom}: {@link UUID#randomUUID()} draws from one shared
 * {@code SecureRandom}, a lock every serving thread took on every call.
 */
public final class RequestIds {

    private RequestIds() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xf000L) | 0x4000L; // version 4
        long lsb = (random.nextLong() & ~(0x3L << 62)) | (0x2L << 62); // IETF variant
        return new UUID(msb, lsb).toString();
    }
}
