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
package dev.camelrtc.support.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cloud of a multi-JVM test: posts callbacks to the replicas ({@link ReplicaProcess}) on {@code path}, signed as
 * the vendor signs them, and delivers an event again, to the next replica, until one answers 200, as the clouds
 * redeliver (Tencent every 10 s; here every second to keep the tests short).
 */
public final class CallbackDeliveries {

    private static final int MAX_ATTEMPTS = 120;

    private final String path;
    private final Function<String, Map<String, String>> signature;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code signature}: the headers that sign a body (e.g. Tencent's {@code Sign} and {@code SdkAppId}). */
    public CallbackDeliveries(String path, Function<String, Map<String, String>> signature) {
        this.path = path;
        this.signature = signature;
    }

    /** One POST; its status, or -1 when no answer came (the replica died). */
    public CompletableFuture<Integer> post(ReplicaProcess replica, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.port() + path))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signature.apply(body).forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .handle((reply, failure) -> failure == null ? reply.statusCode() : -1);
    }

    /**
     * Delivers {@code body} to {@code to.get(first % size)}, and while the answer is not 200, a second later to the
     * next replica of {@code to}, for at most two minutes; the last status.
     */
    public CompletableFuture<Integer> deliver(String body, List<ReplicaProcess> to, int first) {
        return deliver(body, to, first, 0);
    }

    private CompletableFuture<Integer> deliver(String body, List<ReplicaProcess> to, int replica, int attempt) {
        return post(to.get(replica % to.size()), body).thenCompose(status -> status == 200 || attempt >= MAX_ATTEMPTS
                ? CompletableFuture.completedFuture(status)
                : CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS))
                        .thenCompose(later -> deliver(body, to, replica + 1, attempt + 1)));
    }

    /** Records in {@code folder} that {@code replica} routed the callback {@code text}, for {@link #routed}. */
    public static void record(Path folder, String text, String replica) throws IOException {
        Files.createFile(folder.resolve(text + "~" + replica + "~" + UUID.randomUUID()));
    }

    /** How many files of {@code folder} start with each {@code TEXT~}: what the replicas routed, by text. */
    public static Map<String, Long> routed(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString().split("~")[0])
                    .collect(Collectors.groupingBy(text -> text, Collectors.counting()));
        }
    }
}
