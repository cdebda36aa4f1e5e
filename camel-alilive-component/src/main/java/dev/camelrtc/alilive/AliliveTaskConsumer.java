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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Processor;

import dev.camelrtc.alilive.model.QueryRtcAsrTasksResponse;
import dev.camelrtc.alilive.model.RtcAsrTask;
import dev.camelrtc.support.call.CallPipeline;
import dev.camelrtc.support.json.Json;
import dev.camelrtc.support.tasks.TaskHeaders;
import dev.camelrtc.support.tasks.TaskObservation;
import dev.camelrtc.support.tasks.TaskPollingConsumer;
import dev.camelrtc.support.tasks.TaskState;
import dev.camelrtc.support.tasks.TaskStatusModel;
import dev.camelrtc.support.tasks.TaskTracker;

/**
 * Polls the account's RtcAsr task list with one QueryRtcAsrTasks call per poll (never one call per task) and emits
 * one exchange when a followed task is first seen, one per status change, and a final one
 * ({@code CamelAliliveTaskEnded=true}) when it stops or is no longer listed. Follows the configured tasks, the tasks
 * alilive producers of the same CamelContext create, and (discoverTasks) every task the list shows.
 */
public class AliliveTaskConsumer extends TaskPollingConsumer {

    static final TaskHeaders HEADERS = new TaskHeaders(AliliveConstants.TASK_ID, AliliveConstants.STATUS,
            AliliveConstants.PREVIOUS_STATUS, AliliveConstants.TASK_ENDED, AliliveConstants.REQUEST_ID);

    /**
     * Alibaba documents no status values; these are the simulator's: 0 starting, 1 running, 2 stopped. An unknown
     * number is taken as running, so that the task is followed until it stops or leaves the list.
     */
    static final TaskStatusModel STATUSES = status -> switch (status) {
        case "0" -> TaskState.PENDING;
        case "2", TaskStatusModel.NOT_FOUND -> TaskState.ENDED;
        default -> TaskState.RUNNING;
    };

    /** Bound on the remembered ended or forgotten tasks that discovery must not pick up again. */
    static final int MAX_IGNORED = 10_000;

    private final AliliveEndpoint endpoint;
    private long lookUpRound;
    private final Set<String> ignored = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > MAX_IGNORED;
                }
            }));

    public AliliveTaskConsumer(AliliveEndpoint endpoint, Processor processor) {
        super(endpoint, processor, endpoint.getConfiguration(), STATUSES, HEADERS,
                endpoint.getComponent().followRegistry(), AliliveOperations.FAMILY, endpoint.getDelay());
        this.endpoint = endpoint;
    }

    @Override
    public void follow(String taskId, Map<String, String> attributes) {
        if (taskId != null) {
            ignored.remove(taskId);
        }
        super.follow(taskId, Map.of());
    }

    @Override
    public void unfollow(String taskId) {
        ignored.add(taskId);
        super.unfollow(taskId);
    }

    @Override
    protected void onTaskEnded(String taskId) {
        ignored.add(taskId);
        super.onTaskEnded(taskId);
    }

    @Override
    protected List<TaskObservation> read() {
        boolean discover = endpoint.getConfiguration().isDiscoverTasks();
        if (!discover && tracker().size() == 0) {
            return List.of(); // nothing to follow: spare the call
        }
        QueryRtcAsrTasksResponse listing = list();
        if (discover) {
            listing.getTasksById().keySet().stream().filter(id -> !ignored.contains(id))
                    .forEach(id -> tracker().follow(id, Map.of()));
        }
        List<TaskTracker.DueTask> followed = tracker().all();
        List<CompletableFuture<TaskObservation>> observations = new ArrayList<>(followed.size());
        List<String> missing = new ArrayList<>();
        for (TaskTracker.DueTask task : followed) {
            RtcAsrTask listed = listing.getTask(task.taskId());
            if (listed == null) {
                missing.add(task.taskId());
            } else {
                observations.add(CompletableFuture.completedFuture(TaskObservation.of(task.taskId(),
                        String.valueOf(listed.getStatus()), listed, listing.getRequestId())));
            }
        }
        lookUpsThisPoll(missing).forEach(taskId -> observations.add(lookUp(taskId)));
        return observations.stream().map(CompletableFuture::join).toList();
    }

    /**
     * The missing tasks to look up in this poll: at most what the rate limit leaves besides the list call in one
     * poll interval, taken in turn so that every missing task gets its lookup.
     */
    private List<String> lookUpsThisPoll(List<String> missing) {
        int cap = Math.max(1, callsPerPoll(endpoint.pipeline().rateLimiter(AliliveOperations.queryRtcAsrTasks)) - 1);
        if (missing.size() <= cap) {
            return missing;
        }
        int start = (int) (lookUpRound++ % missing.size());
        List<String> turn = new ArrayList<>(cap);
        for (int i = 0; i < cap; i++) {
            turn.add(missing.get((start + i) % missing.size()));
        }
        return turn;
    }

    /**
     * A followed task the list of running tasks does not show: stopped, deleted, or not running yet. One query by
     * its TaskId tells which, so that its last exchange carries its real final status (2) rather than NotFound.
     */
    private CompletableFuture<TaskObservation> lookUp(String taskId) {
        return query(Map.of("TaskId", taskId)).handle((response, failure) -> {
            if (failure == null) {
                RtcAsrTask task = response.getTask(taskId);
                return task == null ? TaskObservation.notFound(taskId, response.getRequestId())
                        : TaskObservation.of(taskId, String.valueOf(task.getStatus()), task, response.getRequestId());
            }
            Throwable cause = CallPipeline.unwrap(failure);
            if (cause instanceof AliliveException e && AliliveApi.CONFIG_NOT_FOUND.equals(e.getCode())) {
                return TaskObservation.notFound(taskId, e.getRequestId());
            }
            return TaskObservation.failed(taskId, cause instanceof Exception e ? e : new IllegalStateException(cause));
        });
    }

    /** The account's task list, read once for the whole poll; a failure fails the poll (retried by the next one). */
    private QueryRtcAsrTasksResponse list() {
        try {
            return query(Map.of()).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private CompletableFuture<QueryRtcAsrTasksResponse> query(Map<String, String> extra) {
        AliliveOperations query = AliliveOperations.queryRtcAsrTasks;
        ObjectNode params = Json.MAPPER.createObjectNode().put("RegionId", endpoint.getConfiguration().getRegion());
        extra.forEach(params::put);
        return endpoint.pipeline().once(query, params, readWait())
                .thenApply(QueryRtcAsrTasksResponse.class::cast);
    }
}
