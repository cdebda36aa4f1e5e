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
package dev.camelrtc.examples.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelrtc.simulator.Fault;
import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.simulator.SimulatorTimings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The request routes start exactly one task per request file even when moving the file fails after the start and
 * the file is read again (issue 9). The move is made to fail on purpose, the way the race made it fail: the
 * {@code .done} folder cannot be created (see {@link #blockMoves()}), every commit fails with "Cannot create
 * directory", and the file stays to be read again.
 */
class RequestRoutesTest {

    @TempDir
    Path dir;
    private Path input;
    private RtcSimulator simulator;
    private CamelContext camel;
    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final TaskProgress progress = new TaskProgress(0, new PrintStream(OutputStream.nullOutputStream()));

    @BeforeEach
    void start() throws Exception {
        input = dir.resolve("input");
        Files.createDirectories(input);
        // tasks keep running for the whole test: every task ever created stays in the simulator's listing
        simulator = RtcSimulator.builder().port(0).timings(SimulatorTimings.defaults()).build().start();
        camel = new DefaultCamelContext();
        camel.addComponent("trtc", PipelineApp.simulatedTrtc(simulator));
        camel.addComponent("alilive", PipelineApp.simulatedAlilive(simulator));
        camel.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                Exchange exchange = ((CamelEvent.ExchangeCompletedEvent) event).getExchange();
                if ("requests".equals(exchange.getFromRouteId())) {
                    reads.computeIfAbsent(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class),
                            k -> new AtomicInteger()).incrementAndGet();
                }
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.ExchangeCompletedEvent;
            }
        });
        camel.addRoutes(new RequestRoutes(input, dir.resolve("started-requests"), progress, true, true));
    }

    @AfterEach
    void stop() {
        camel.stop();
        simulator.close();
    }

    @Test
    void aRequestReadAgainAfterItsMoveFailedIsNotStartedAgain() throws Exception {
        Path blocker = blockMoves();
        // the first start of each vendor answers late: the move comes well after the file was read
        simulator.faults().inject("StartAITranscription", Fault.latency(Duration.ofMillis(500)), 1);
        simulator.faults().inject("CreateRtcAsrTask", Fault.latency(Duration.ofMillis(500)), 1);
        Map<String, String> requests = requests(2);
        camel.start();

        // every file is read again and again while its move fails
        await().atMost(60, TimeUnit.SECONDS).untilAsserted(() -> assertThat(requests.keySet())
                .as("files read fewer than three times").filteredOn(file -> readCount(file) < 3).isEmpty());
        assertThat(tasksPerMarker(requests)).as("tasks per request while the moves fail")
                .allSatisfy((file, tasks) -> assertThat(tasks).as(file).isEqualTo(1));

        Files.delete(blocker);
        await().atMost(60, TimeUnit.SECONDS).until(() -> ended(requests).size() == requests.size());
        assertThat(ended(requests)).containsOnlyKeys(requests.keySet()).allSatisfy((file, folder) ->
                assertThat(folder).as(file).isEqualTo(".done"));
        assertThat(tasksPerMarker(requests)).allSatisfy((file, tasks) -> assertThat(tasks).as(file).isEqualTo(1));
        assertThat(progress.summary().tasks()).hasSize(requests.size());
    }

    @Test
    void twoHundredRequestsStartExactlyOneTaskEachUnderLatencyFaultsAndFailedMoves() throws Exception {
        Path blocker = blockMoves();
        int failingFaults = 0;
        for (String action : List.of("StartAITranscription", "CreateRtcAsrTask")) {
            simulator.faults()
                    .inject(action, Fault.latency(Duration.ofMillis(300)), 10)
                    .inject(action, Fault.httpStatus(503), 5)
                    .inject(action, Fault.httpStatusAfterExecute(500), 5)
                    .inject(action, Fault.dropConnectionAfterExecute(), 3)
                    .inject(action, Fault.latency(Duration.ofMillis(300)), 10);
            // each fails the attempt that draws it: an Alibaba create is not repeated after one (no deduplication
            // key); a TRTC start is, and fails only when its three attempts all draw one
            failingFaults += 5 + 5 + 3;
        }
        Map<String, String> requests = requests(100);
        camel.start();

        // the first phase: no move to .done succeeds, every file not failed is read at least twice
        await().atMost(120, TimeUnit.SECONDS).untilAsserted(() -> assertThat(requests.keySet())
                .as("files read fewer than twice").filteredOn(file -> readCount(file) < 2)
                .filteredOn(file -> !ended(requests).containsKey(file)).isEmpty());
        Files.delete(blocker);
        await().atMost(120, TimeUnit.SECONDS).untilAsserted(() -> assertThat(requests.keySet())
                .as("files not ended in .done or .failed").filteredOn(file -> !ended(requests).containsKey(file))
                .isEmpty());

        Map<String, Integer> tasks = tasksPerMarker(requests);
        Map<String, String> ended = ended(requests);
        int created = tasks.values().stream().mapToInt(Integer::intValue).sum();
        long duplicates = tasks.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
        long lost = requests.keySet().stream().filter(file -> !ended.containsKey(file)
                || ".done".equals(ended.get(file)) && tasks.get(file) == 0).count();
        long failed = ended.values().stream().filter(".failed"::equals).count();
        int reread = reads.values().stream().mapToInt(AtomicInteger::get).sum() - requests.size();
        System.out.printf("pipeline starts: %d files, %d tasks, %d duplicates, %d lost (%d failed, %d reads again)%n",
                requests.size(), created, duplicates, lost, failed, reread);
        progress.summary().failedRequests().forEach(f -> System.out.println("  failed " + f));
        assertThat(duplicates).isZero();
        assertThat(lost).isZero();
        assertThat(progress.summary().failedRequests()).as("every .failed request reported with its reason")
                .hasSize((int) failed);
        assertThat(failed).as("a request fails only by drawing the injected faults").isLessThanOrEqualTo(failingFaults);
        assertThat(reread).isGreaterThanOrEqualTo(requests.size() - (int) failed);
    }

    private int readCount(String file) {
        AtomicInteger count = reads.get(file);
        return count == null ? 0 : count.get();
    }

    /**
     * Makes {@code .done} impossible to create: a link to a path below a plain file. (A plain file named {@code .done}
     * would count as an existing folder; the rename into it would then fail only after Camel's one-second retries.)
     */
    private Path blockMoves() throws IOException {
        Path plainFile = Files.writeString(dir.resolve("plain-file"), "not a folder");
        return Files.createSymbolicLink(input.resolve(".done"), plainFile.resolve("done"));
    }

    /** {@code count} TRTC and {@code count} Alibaba request files, each with its own room or stream (its marker). */
    private Map<String, String> requests(int count) throws IOException {
        Map<String, String> markers = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String room = "room-" + i;
            write("trtc-" + room + ".json", """
                    {"SdkAppId": 1400000000, "RoomId": "%s", "RoomIdType": 1,
                     "TranscriptionParams": {"UserId": "bot", "UserSig": "sig", "MaxIdleTime": 3600}}
                    """.formatted(room));
            markers.put("trtc-" + room + ".json", room);
            String stream = "rtmp://live.example.com/app/stream-" + i;
            write("alilive-stream-" + i + ".json", """
                    {"Mode": "live", "StreamURL": "%s", "Language": "cn", "CallbackURL": "http://127.0.0.1:9/asr"}
                    """.formatted(stream));
            markers.put("alilive-stream-" + i + ".json", stream);
        }
        return markers;
    }

    private void write(String name, String content) throws IOException {
        Path tmp = Files.writeString(input.resolve(name + ".tmp"), content);
        Files.move(tmp, input.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** How many tasks the simulator holds for each request file, found by the request's marker. */
    private Map<String, Integer> tasksPerMarker(Map<String, String> requests) {
        Map<String, Integer> byMarker = new HashMap<>();
        simulator.trtcTasks().list().forEach(t -> byMarker.merge(t.roomId(), 1, Integer::sum));
        simulator.rtcAsrTasks().list().forEach(t -> byMarker.merge(t.streamUrl(), 1, Integer::sum));
        Map<String, Integer> perFile = new HashMap<>();
        requests.forEach((file, marker) -> perFile.put(file, byMarker.getOrDefault(marker, 0)));
        return perFile;
    }

    /** The folder ({@code .done}, {@code .failed}) each request file ended in; files still waiting are absent. */
    private Map<String, String> ended(Map<String, String> requests) {
        Map<String, String> ended = new HashMap<>();
        for (String folder : List.of(".done", ".failed")) {
            Path path = input.resolve(folder);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.map(f -> f.getFileName().toString()).filter(requests::containsKey)
                            .forEach(f -> ended.put(f, folder));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return ended;
    }
}
