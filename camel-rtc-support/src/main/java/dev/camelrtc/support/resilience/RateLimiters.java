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
package dev.camelrtc.support.resilience;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The rate limiters of one component: one per credential and action, shared by its producers and consumers, with the
 * action's documented QPS unless overridden, divided by the number of replicas sharing the credential.
 */
public final class RateLimiters {

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private final Map<String, Integer> overrides;
    private final int replicas;

    /**
     * @param overrides permits per second by action name, replacing the documented values
     * @param replicas  how many instances call with the same credentials, each taking an equal share of every limit
     */
    public RateLimiters(ScheduledExecutorService scheduler, Map<String, Integer> overrides, int replicas) {
        this.scheduler = scheduler;
        this.overrides = Map.copyOf(overrides);
        this.replicas = replicas;
    }

    public RateLimiter forAction(String credentialId, String action, int documentedQps) {
        return limiters.computeIfAbsent(credentialId + "/" + action, key -> new RateLimiter(action + " for " + credentialId,
                share(action, overrides.getOrDefault(action, documentedQps), replicas), scheduler));
    }

    /**
     * This replica's share of an action's limit, rounded down: the replicas' shares together never exceed it. Each
     * replica counts its calls alone, so a share below one call per second cannot be kept (two replicas may call in the
     * same second): that fails, naming the action and the option.
     */
    public static int share(String action, int qps, int replicas) {
        int share = qps / replicas;
        if (share < 1) {
            throw new IllegalArgumentException("rateLimitReplicas=" + replicas + " replicas cannot share the " + qps
                    + " calls per second of " + action + ": each would need at least one; run fewer replicas with"
                    + " these credentials or give " + action + " a higher limit in rateLimits");
        }
        return share;
    }

    /** Fails when {@code replicas} is not a positive count. */
    public static void checkReplicas(int replicas) {
        if (replicas < 1) {
            throw new IllegalArgumentException("Invalid rateLimitReplicas " + replicas
                    + ": the number of replicas sharing the credentials must be at least 1");
        }
    }

    /**
     * Parses an override list such as {@code DescribeAITranscription=10,StartAITranscription=25} (also {@code :} and
     * {@code ;}), failing on a malformed entry.
     */
    public static Map<String, Integer> parseOverrides(String text) {
        Map<String, Integer> result = new HashMap<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String entry : text.split("[,;]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split("[=:]");
            try {
                if (parts.length != 2 || Integer.parseInt(parts[1].trim()) < 1) {
                    throw new NumberFormatException();
                }
                result.put(parts[0].trim(), Integer.parseInt(parts[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Invalid rate limit '" + entry.trim()
                        + "': expected Action=permitsPerSecond with a positive number, e.g. DescribeAITranscription=10"
                        + " or QueryRtcAsrTasks=10");
            }
        }
        return result;
    }
}
