package dev.camelrtc.support.tasks;

import java.util.List;
import java.util.Map;

/** Where a consumer keeps the tasks it follows and their delivered statuses across restarts. */
public interface TaskStore {

    record StoredTask(String taskId, String deliveredStatus, Map<String, String> attributes) {
    }

    List<StoredTask> load();

    void save(List<StoredTask> tasks);
}
