package dev.roster.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The one data source of Roster, defined by the application so the WAR runs on a bare Payara Micro.
 *
 * <p>Defaults are written inline because the WAR's own microprofile-config.properties is not visible when
 * the container resolves {@code ${MPCONFIG=…}}. The default H2 URL keeps files under {@code ./data} and sets
 * {@code WRITE_DELAY=0}: H2's default 500 ms delay loses acknowledged commits when the process is killed.
 * The class is a {@code java.sql.Driver}, not an XA data source: every transaction touches this one database,
 * and a local transaction commits without the two-phase machinery (a quarter less CPU per SCIM create).
 * PostgreSQL: set {@code roster.db.url}, {@code roster.db.driver} ({@code org.postgresql.Driver}) and the
 * credentials, and add the driver with {@code --addlibs}; see {@code server-config/postgresql.md}.
 */
@DataSourceDefinition(
        name = RosterDatabase.JNDI_NAME,
        className = "${MPCONFIG=roster.db.driver:org.h2.Driver}",
        url =
                "${MPCONFIG=roster.db.url:jdbc:h2:file:./data/roster;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256}",
        user = "${MPCONFIG=roster.db.user:sa}",
        password = "${MPCONFIG=roster.db.password:}",
        minPoolSize = 4,
        maxPoolSize = 64,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
public class RosterDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/roster";
}
