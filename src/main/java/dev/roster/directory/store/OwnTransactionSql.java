package dev.roster.directory.store;

import dev.roster.directory.query.SqlBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Statements that commit on their own, whatever transaction the caller is in. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OwnTransactionSql implements SqlRunner {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Override
    public List<Object[]> rows(SqlBuilder sql) {
        return NativeSql.runner(em).rows(sql);
    }

    @Override
    public int update(SqlBuilder sql) {
        return NativeSql.runner(em).update(sql);
    }
}
