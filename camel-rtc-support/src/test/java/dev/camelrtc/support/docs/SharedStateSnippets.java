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

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

import dev.camelrtc.support.jdbc.JdbcStateRepository;

/**
 * The Java of docs/shared-state.adoc, compiled here and used by the components' shared-state tests, so that the page
 * shows what the tests run.
 */
public final class SharedStateSnippets {

    private SharedStateSnippets() {
    }

    /** The beans every instance binds, on one DataSource (the application's connection pool on PostgreSQL). */
    public static void bindSharedState(CamelContext context, DataSource dataSource) {
        // tag::beans[]
        context.getRegistry().bind("taskState", new JdbcStateRepository(dataSource));
        context.getRegistry().bind("callbacksSeen", callbackRepository(dataSource, "rtc-callbacks"));
        // end::beans[]
    }

    /** camel-sql's repository, its table with a primary key and room for long keys. */
    public static JdbcMessageIdRepository callbackRepository(DataSource dataSource, String processorName) {
        // tag::callback-repository[]
        JdbcMessageIdRepository seen = new JdbcMessageIdRepository(dataSource, processorName);
        seen.setCreateString("CREATE TABLE CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255) NOT NULL,"
                + " messageId VARCHAR(1024) NOT NULL, createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))");
        // end::callback-repository[]
        return seen;
    }
}
