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
package dev.camelrtc.simulator.aliyun;

import java.time.Duration;
import java.time.Instant;

/**
 * Remembers each AccessKeyId's signature nonces for 15 minutes; a second use within that window is a replay.
 * <p>
 * Cost per call is O(1) amortized: nonces are kept in first-use order in a ring, so expired ones are dropped from its
 * head until the first one still in its window (each nonce is added once and removed once), and found through an
 * open-addressing index of ring slots. Memory is bounded and kept in primitive arrays that grow to the capacity
 * (about 12 MB at the default): beyond {@code capacity} remembered nonces the oldest are forgotten early (a replay of
 * such a nonce would then be accepted; at the default capacity that takes more than 500,000 signed calls within 15
 * minutes). Holding each nonce as a String and Instant in a map (about 230 bytes each) kept a long-lived object per
 * call that every young GC copied, so the simulator's GC work grew call after call until the capacity was reached.
 * <p>
 * A nonce is remembered by a 64-bit fingerprint of AccessKeyId and nonce: two different nonces share one with a
 * probability of about 2<sup>-64</sup>, so a fresh nonce is refused as a replay with a probability of at most about
 * 3e-14 per call at full capacity.
 */
final class NonceRegistry {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int DEFAULT_CAPACITY = 500_000;
    private static final long WINDOW_MILLIS = WINDOW.toMillis();
    private static final int INITIAL_SLOTS = 1024;

    private final int capacity;
    /** The ring: each remembered nonce's fingerprint and end of window (epoch ms), oldest first use at head. */
    private long[] fingerprints;
    private long[] until;
    private int head;
    private int size;
    /** Ring slot + 1 of each fingerprint, by its hash (linear probing; 0 is an empty place). */
    private int[] index;
    private long forgottenEarly;

    NonceRegistry() {
        this(DEFAULT_CAPACITY);
    }

    NonceRegistry(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        allocate(Math.min(capacity, INITIAL_SLOTS));
    }

    /** Records the nonce; false when the same AccessKeyId used it within the window. */
    synchronized boolean use(String accessKeyId, String nonce, Instant now) {
        long nowMillis = now.toEpochMilli();
        dropExpired(nowMillis);
        long fingerprint = fingerprint(accessKeyId, nonce);
        int slot = find(fingerprint);
        if (slot >= 0) {
            if (until[slot] > nowMillis) {
                return false;
            }
            // expired but behind a younger head (the clock went back): a new window from now
            until[slot] = nowMillis + WINDOW_MILLIS;
            return true;
        }
        if (size == fingerprints.length) {
            if (size < capacity) {
                allocate(Math.min(capacity, 2 * size));
            } else {
                dropHead();
                forgottenEarly++;
            }
        }
        slot = (head + size) % fingerprints.length;
        fingerprints[slot] = fingerprint;
        until[slot] = nowMillis + WINDOW_MILLIS;
        size++;
        int at = home(fingerprint);
        while (index[at] != 0) {
            at = (at + 1) & (index.length - 1);
        }
        index[at] = slot + 1;
        return true;
    }

    private void dropExpired(long nowMillis) {
        while (size > 0 && until[head] <= nowMillis) {
            dropHead();
        }
    }

    private int find(long fingerprint) {
        int mask = index.length - 1;
        for (int at = home(fingerprint); index[at] != 0; at = (at + 1) & mask) {
            if (fingerprints[index[at] - 1] == fingerprint) {
                return index[at] - 1;
            }
        }
        return -1;
    }

    /** Forgets the oldest nonce: out of the index (shifting back the ones probed past it), then off the ring. */
    private void dropHead() {
        int mask = index.length - 1;
        int gap = home(fingerprints[head]);
        while (index[gap] != head + 1) {
            gap = (gap + 1) & mask;
        }
        for (int at = (gap + 1) & mask; index[at] != 0; at = (at + 1) & mask) {
            int entryHome = home(fingerprints[index[at] - 1]);
            // an entry may fill the gap unless its home lies cyclically after the gap, up to where it is
            if (((at - entryHome) & mask) >= ((at - gap) & mask)) {
                index[gap] = index[at];
                gap = at;
            }
        }
        index[gap] = 0;
        head = (head + 1) % fingerprints.length;
        size--;
    }

    /** A ring of {@code slots} holding the remembered nonces in order from its start, and their index rebuilt. */
    private void allocate(int slots) {
        long[] newFingerprints = new long[slots];
        long[] newUntil = new long[slots];
        for (int i = 0; i < size; i++) {
            int from = (head + i) % fingerprints.length;
            newFingerprints[i] = fingerprints[from];
            newUntil[i] = until[from];
        }
        fingerprints = newFingerprints;
        until = newUntil;
        head = 0;
        index = new int[Integer.highestOneBit(Math.max(1, slots)) << 2];
        int mask = index.length - 1;
        for (int slot = 0; slot < size; slot++) {
            int at = home(fingerprints[slot]);
            while (index[at] != 0) {
                at = (at + 1) & mask;
            }
            index[at] = slot + 1;
        }
    }

    private int home(long fingerprint) {
        return (int) (fingerprint ^ (fingerprint >>> 32)) & (index.length - 1);
    }

    /** FNV-1a over the characters of AccessKeyId, a separator and nonce, then MurmurHash3's 64-bit finaliser. */
    static long fingerprint(String accessKeyId, String nonce) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, accessKeyId);
        h = (h ^ '\n') * 0x100000001b3L;
        h = fnv(h, nonce);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** Nonces remembered now. */
    synchronized int size() {
        return size;
    }

    /** Nonces forgotten before the end of their window because the capacity was reached. */
    synchronized long forgottenEarly() {
        return forgottenEarly;
    }

    synchronized void reset() {
        size = 0;
        head = 0;
        forgottenEarly = 0;
        allocate(Math.min(capacity, INITIAL_SLOTS));
    }
}
