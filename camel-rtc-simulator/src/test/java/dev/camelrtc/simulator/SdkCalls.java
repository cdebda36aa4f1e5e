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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Test helpers around official-SDK calls: error extraction and concurrent bursts. */
public final class SdkCalls {

    private SdkCalls() {
    }

    /** What {@code describe} says about the SDK exception the call threw, or null when the call succeeded. */
    public static <E extends Exception> String failure(Callable<?> call, Class<E> sdkException,
                                                       Function<E, String> describe) {
        try {
            call.call();
            return null;
        } catch (Exception e) {
            if (sdkException.isInstance(e)) {
                return describe.apply(sdkException.cast(e));
            }
            throw new AssertionError(e);
        }
    }

    /** Runs {@code n} copies of {@code call} released at the same moment on {@code n} threads; returns their results. */
    public static <T> List<T> burst(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
