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
package dev.camelrtc.support.docs;

import java.time.Duration;
import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.camelrtc.support.jdbc.JdbcStateRepository;

/**
 * The Java of docs/shared-state.adoc, compiled here and used by the components' shared-state tests, so that the page
 * shows what the tests run.
 */
public final class SharedStateSnippets {

    // tag::callback-table[]
    static final String CREATE_TABLE = "CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL,"
            + " messageId VARCHAR(1024) NOT NULL, createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))";
    // end::callback-table[]

    private SharedStateSnippets() {
    }

    /** The beans every instance binds, on one DataSource (the application's connection pool on PostgreSQL). */
    public static void bindSharedState(CamelContext context, DataSource dataSource) {
        // tag::beans[]
        context.getRegistry().bind("taskState", new JdbcStateRepository(dataSource));
        context.getRegistry().bind("callbacksSeen", callbackRepository(dataSource, "rtc-callbacks"));
        context.getRegistry().bind("callbacksInProgress",
                inProgressRepository(dataSource, "rtc-callbacks", context, Duration.ofSeconds(20)));
        // end::beans[]
    }

    /** camel-sql's repository, its table with a primary key and room for long keys. */
    public static JdbcMessageIdRepository callbackRepository(DataSource dataSource, String processorName) {
        // tag::callback-repository[]
        JdbcMessageIdRepository seen = new JdbcMessageIdRepository(dataSource, processorName);
        seen.setCreateString(CREATE_TABLE);
        // end::callback-repository[]
        return seen;
    }

    /**
     * camel-sql's repository of the keys being routed: a replica keeps its keys' createdAt fresh while it holds them,
     * and a key older than lockMaxAge (its replica died) is taken over.
     */
    public static JdbcOrphanLockAwareIdempotentRepository inProgressRepository(DataSource dataSource,
            String processorName, CamelContext context, Duration lockMaxAge) {
        // tag::in-progress-repository[]
        // REPEATABLE READ: its add counts the fresh keys, then all keys, and takes over a key the second count finds;
        // under READ COMMITTED a claim another instance commits in between would be taken over as if orphaned
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        JdbcOrphanLockAwareIdempotentRepository inProgress = new JdbcOrphanLockAwareIdempotentRepository(dataSource,
                transactions, processorName + "-in-progress", context);
        inProgress.setCreateString(CREATE_TABLE); // the same table as callbackRepository, another processorName
        inProgress.setLockMaxAgeMillis(lockMaxAge.toMillis()); // 20 s in production: see the page
        inProgress.setLockKeepAliveIntervalMillis(lockMaxAge.toMillis() / 4);
        // end::in-progress-repository[]
        return inProgress;
    }
}
