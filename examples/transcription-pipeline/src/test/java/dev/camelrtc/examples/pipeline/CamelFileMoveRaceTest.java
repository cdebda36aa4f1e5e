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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reproduction of a Camel race, without our code (upstream-ready): two plain {@code file:} routes on one folder whose
 * {@code move} expressions point into the same folder that does not exist yet. FileOperations.buildDirectory (Camel
 * 4.18) checks "exists" and then calls {@code File.mkdirs()} under a lock of its own endpoint only; when the other
 * endpoint creates the folder in between, {@code mkdirs()} answers false, GenericFileProcessStrategySupport.renameFile
 * throws "Cannot create directory ... (could be because of denied permissions)", the commit fails with a WARN, the
 * file stays where it was and the next poll reads it again. The transcription pipeline met this with its two request
 * routes moving into one new {@code .done} folder (issue 9), and started a second task for one request file.
 *
 * <p>A deep target folder widens the window (mkdirs creates it level by level) without changing the race; a spinning
 * rendezvous starts both commits within nanoseconds of each other. The race is still a race: a run that never hits
 * it is reported as skipped, and every hit must show a failed commit followed by a second read of that file.
 */
class CamelFileMoveRaceTest {

    private static final String DEEP = "d/".repeat(30);

    @Test
    void twoFileEndpointsCreatingOneMoveFolderAtOnceReadAFileTwice(@TempDir Path dir) throws Exception {
        int rounds = 300;
        for (int i = 0; i < rounds; i++) {
            Files.writeString(dir.resolve("%03d-a.txt".formatted(i)), "a");
            Files.writeString(dir.resolve("%03d-b.txt".formatted(i)), "b");
        }
        Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> rendezvous = new ConcurrentHashMap<>();
        AtomicInteger failedCommits = new AtomicInteger();
        ExceptionHandler countFailedCommits = new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                handleException(null, null, exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                handleException(message, null, exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                if (exception instanceof GenericFileOperationFailedException
                        && exception.getMessage().startsWith("Cannot create directory")) {
                    failedCommits.incrementAndGet();
                }
            }
        };
        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("countFailedCommits", countFailedCommits);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String side : new String[] {"a", "b"}) {
                    from("file:" + dir + "?include=.*-" + side + "\\.txt&sortBy=file:name&maxMessagesPerPoll=1"
                         + "&delay=5&onCompletionExceptionHandler=#countFailedCommits"
                         + "&move=done-${header.round}/" + DEEP + "${file:name}")
                            .process(e -> {
                                String name = e.getMessage().getHeader(Exchange.FILE_NAME, String.class);
                                reads.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                                String round = name.substring(0, 3);
                                e.getMessage().setHeader("round", round);
                                AtomicInteger arrived = rendezvous.computeIfAbsent(round, k -> new AtomicInteger());
                                arrived.incrementAndGet();
                                long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
                                while (arrived.get() < 2 && System.nanoTime() < giveUp) {
                                    Thread.onSpinWait();
                                }
                            });
                }
            }
        });
        camel.start();
        try {
            // until a few hits, or every file moved
            await().atMost(120, TimeUnit.SECONDS).until(() -> readTwice(reads) >= 3 || noFileLeft(dir));
            await().atMost(10, TimeUnit.SECONDS).until(() -> readTwice(reads) >= failedCommits.get());
        } finally {
            camel.stop();
        }
        System.out.printf("file move race: %d files read, %d failed commits, %d files read twice%n", reads.size(),
                failedCommits.get(), readTwice(reads));
        assertThat(readTwice(reads)).as("each failed commit leaves its file to be read again")
                .isEqualTo(failedCommits.get());
        assumeTrue(failedCommits.get() > 0, "the race was not hit in this run");
    }

    private static long readTwice(Map<String, AtomicInteger> reads) {
        return reads.values().stream().filter(n -> n.get() > 1).count();
    }

    private static boolean noFileLeft(Path dir) throws Exception {
        try (var left = Files.list(dir)) {
            return left.noneMatch(Files::isRegularFile);
        }
    }
}
