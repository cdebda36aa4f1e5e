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
package dev.camelrtc.support.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which side delivers a task's end when a push consumer and polling consumers both see it. */
class FollowRegistryTest {

    private final FollowRegistry registry = new FollowRegistry();

    @Test
    void anEndRoutedByThePushConsumerMakesPollingConsumersForgetTheTask() {
        List<String> unfollowed = new ArrayList<>();
        registry.subscribe("F", new FollowRegistry.Listener() {
            @Override
            public void follow(String taskId, Map<String, String> attributes) {
            }

            @Override
            public void unfollow(String taskId) {
                unfollowed.add(taskId);
            }
        });
        registry.follow("F", "t1", Map.of());

        assertThat(registry.claimPushEnd("t1")).isTrue();
        assertThat(registry.claimPollEnd("t1")).as("push end in flight").isEqualTo(TaskEnds.PollEnd.WAIT);
        registry.pushEndDone("t1", true);

        assertThat(registry.claimPollEnd("t1")).isEqualTo(TaskEnds.PollEnd.FORGET);
        assertThat(unfollowed).containsExactly("t1");
        assertThat(registry.subscribe("F", new NoListener())).doesNotContainKey("t1");
        assertThat(registry.claimPushEnd("t1")).as("a second push end").isFalse();
    }

    @Test
    void anEndDeliveredOrInFlightByAPollingConsumerIsNotRoutedByThePushConsumer() {
        assertThat(registry.claimPollEnd("t1")).isEqualTo(TaskEnds.PollEnd.DELIVER);
        assertThat(registry.claimPushEnd("t1")).as("poll end in flight").isFalse();
        registry.pollEndDone("t1", true);

        assertThat(registry.claimPushEnd("t1")).as("poll end delivered").isFalse();
        assertThat(registry.claimPollEnd("t1")).as("another polling route of the task gets its own end")
                .isEqualTo(TaskEnds.PollEnd.DELIVER);
    }

    @Test
    void aFailedEndGivesTheClaimBackToTheOtherSide() {
        assertThat(registry.claimPushEnd("pushFails")).isTrue();
        registry.pushEndDone("pushFails", false);
        assertThat(registry.claimPollEnd("pushFails")).isEqualTo(TaskEnds.PollEnd.DELIVER);

        assertThat(registry.claimPollEnd("pollFails")).isEqualTo(TaskEnds.PollEnd.DELIVER);
        registry.pollEndDone("pollFails", false);
        assertThat(registry.claimPushEnd("pollFails")).isTrue();
    }

    @Test
    void aStartCallbackArrivingAfterTheTaskEndedDoesNotMakeConsumersFollowItAgain() {
        List<String> followed = new ArrayList<>();
        registry.subscribe("F", new FollowRegistry.Listener() {
            @Override
            public void follow(String taskId, Map<String, String> attributes) {
                followed.add(taskId);
            }

            @Override
            public void unfollow(String taskId) {
            }
        });
        assertThat(registry.claimPollEnd("ended")).isEqualTo(TaskEnds.PollEnd.DELIVER);
        registry.pollEndDone("ended", true);
        assertThat(registry.claimPushEnd("ending")).isTrue();

        registry.followStarted("F", "ended", Map.of());
        registry.followStarted("F", "ending", Map.of());
        registry.followStarted("F", "running", Map.of());

        assertThat(followed).containsExactly("running");
    }

    private static final class NoListener implements FollowRegistry.Listener {
        @Override
        public void follow(String taskId, Map<String, String> attributes) {
        }

        @Override
        public void unfollow(String taskId) {
        }
    }
}
