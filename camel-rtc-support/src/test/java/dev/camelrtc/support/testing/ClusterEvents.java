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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelrtc.support.tasks.TaskHeaders;

/**
 * What the replicas of a multi-JVM test did, as the tests read it: the events their polling routes recorded as files
 * {@code TASK~STATUS~ENDED~REPLICA~UUID}, and which replicas lead.
 */
public final class ClusterEvents {

    /** One routed event. */
    public record Event(String taskId, String status, boolean ended, String replica) {
    }

    /**
     * The copies of a task's status beyond its first delivery: {@code redelivered}, pairs routed by two replicas one of
     * which was killed (it routed the status but died before it could record it), and {@code duplicates}, all others.
     */
    public record Copies(int duplicates, int redelivered) {
    }

    private ClusterEvents() {
    }

    /** Records in {@code folder} the task event of {@code exchange}, routed by {@code replica}, for {@link #read}. */
    public static void record(Path folder, String replica, Exchange exchange, TaskHeaders headers) throws IOException {
        Message message = exchange.getMessage();
        record(folder, new Event(message.getHeader(headers.taskId(), String.class),
                message.getHeader(headers.status(), String.class),
                message.getHeader(headers.taskEnded(), false, Boolean.class), replica));
    }

    /** Records {@code event} in {@code folder}, for {@link #read}. */
    public static void record(Path folder, Event event) throws IOException {
        Files.createFile(folder.resolve(event.taskId() + "~" + event.status() + "~" + event.ended() + "~"
                                        + event.replica() + "~" + UUID.randomUUID()));
    }

    /** The events recorded in {@code folder} (none when it does not exist yet). */
    public static List<Event> read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString().split("~"))
                    .map(p -> new Event(p[0], p[1], Boolean.parseBoolean(p[2]), p[3])).toList();
        }
    }

    public static Set<String> tasksWith(List<Event> events, Predicate<Event> which) {
        return events.stream().filter(which).map(Event::taskId).collect(Collectors.toSet());
    }

    public static Set<String> endedTasks(List<Event> events) {
        return tasksWith(events, Event::ended);
    }

    /** The copies of each task's status in {@code events}, where the replicas in {@code killed} were killed. */
    public static Copies copies(List<Event> events, Set<String> killed) {
        int duplicates = 0;
        int redelivered = 0;
        for (List<Event> same : events.stream()
                .collect(Collectors.groupingBy(e -> e.taskId() + "~" + e.status())).values()) {
            if (same.size() == 2 && !same.get(0).replica().equals(same.get(1).replica())
                && same.stream().anyMatch(e -> killed.contains(e.replica()))) {
                redelivered++;
            } else {
                duplicates += same.size() - 1;
            }
        }
        return new Copies(duplicates, redelivered);
    }

    /**
     * The replicas alive whose last LEADER or FOLLOWER line says they lead: a leader that found its own heartbeat
     * stale (a loaded machine) stops its route and may lead again later.
     */
    public static List<ReplicaProcess> leaders(List<ReplicaProcess> replicas) {
        return replicas.stream().filter(r -> {
            ReplicaProcess.Line last = r.lastOf("LEADER " + r.name(), "FOLLOWER " + r.name());
            return r.alive() && last != null && last.text().startsWith("LEADER ");
        }).toList();
    }
}
