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

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.camelrtc.support.jdbc.JdbcStateRepository;
import dev.camelrtc.support.testing.PostgresDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The push/poll agreement of two instances' registries (one with the push consumer, one with the leader's polling
 * consumer) sharing a JdbcStateRepository, on a real PostgreSQL database: one end per task in all.
 */
class FollowRegistrySharedEndsTest {

    @RegisterExtension
    static final PostgresDatabase DB = new PostgresDatabase();

    private final FollowRegistry follower = new FollowRegistry();
    private final FollowRegistry leader = new FollowRegistry();
    /** The class's database is shared by its tests: each uses its own task ids. */
    private final List<JdbcStateRepository> repositories = new ArrayList<>();

    @AfterEach
    void stop() {
        repositories.forEach(JdbcStateRepository::stop);
    }

    private JdbcStateRepository instance() {
        JdbcStateRepository repository = new JdbcStateRepository(DB.dataSource());
        repository.start();
        repositories.add(repository);
        return repository;
    }

    @Test
    void anEndPushedOnAFollowerIsNotDeliveredAgainByTheLeadersPoll() {
        JdbcStateRepository followerStore = instance();
        JdbcStateRepository leaderStore = instance();

        assertThat(follower.claimPushEnd("pushed", followerStore)).isTrue();
        assertThat(leader.claimPollEnd("pushed", leaderStore)).as("push in flight").isEqualTo(TaskEnds.PollEnd.WAIT);
        follower.pushEndDone("pushed", true, followerStore);
        assertThat(leader.claimPollEnd("pushed", leaderStore)).isEqualTo(TaskEnds.PollEnd.FORGET);
    }

    @Test
    void anEndPolledByTheLeaderIsNotRoutedAgainByAFollowersPushConsumer() {
        JdbcStateRepository followerStore = instance();
        JdbcStateRepository leaderStore = instance();

        assertThat(leader.claimPollEnd("polled", leaderStore)).isEqualTo(TaskEnds.PollEnd.DELIVER);
        assertThat(follower.claimPushEnd("polled", followerStore)).as("poll in flight").isFalse();
        leader.pollEndDone("polled", true, leaderStore);
        assertThat(follower.claimPushEnd("polled", followerStore)).isFalse();
        assertThat(follower.endKnown("polled")).as("the follower holds no claim of its own").isFalse();
    }

    @Test
    void aFailedEndIsGivenBackToTheOtherInstance() {
        JdbcStateRepository followerStore = instance();
        JdbcStateRepository leaderStore = instance();

        assertThat(follower.claimPushEnd("pushFails", followerStore)).isTrue();
        follower.pushEndDone("pushFails", false, followerStore);
        assertThat(leader.claimPollEnd("pushFails", leaderStore)).isEqualTo(TaskEnds.PollEnd.DELIVER);

        assertThat(leader.claimPollEnd("pollFails", leaderStore)).isEqualTo(TaskEnds.PollEnd.DELIVER);
        assertThat(leader.claimPollEnd("pollFails", leaderStore)).as("a second polling route of the leader")
                .isEqualTo(TaskEnds.PollEnd.DELIVER);
        leader.pollEndDone("pollFails", false, leaderStore);
        assertThat(follower.claimPushEnd("pollFails", followerStore)).as("the other route still delivers it")
                .isFalse();
        leader.pollEndDone("pollFails", false, leaderStore);
        assertThat(follower.claimPushEnd("pollFails", followerStore)).isTrue();
    }

    @Test
    void withoutASharedStoreEachRegistryDecidesAlone() {
        assertThat(follower.claimPushEnd("alone", null)).isTrue();
        assertThat(leader.claimPollEnd("alone", null)).isEqualTo(TaskEnds.PollEnd.DELIVER);
        assertThat(follower.claimPollEnd("alone", null)).isEqualTo(TaskEnds.PollEnd.WAIT);
    }

    @Test
    void aStoreThatCannotBeReachedGivesTheLocalClaimBack() {
        HikariDataSource closed = (HikariDataSource) DB.dataSource();
        closed.close();
        JdbcStateRepository unreachable = new JdbcStateRepository(closed);
        unreachable.start();
        repositories.add(unreachable);

        assertThatThrownBy(() -> follower.claimPushEnd("unreachable", unreachable))
                .hasMessageContaining("claim the end of task unreachable");
        assertThat(follower.endKnown("unreachable")).isFalse();
        assertThatThrownBy(() -> follower.claimPollEnd("unreachable", unreachable))
                .hasMessageContaining("claim the end of task unreachable");
        assertThat(follower.claimPushEnd("unreachable", null)).as("nothing left in flight").isTrue();
    }
}
