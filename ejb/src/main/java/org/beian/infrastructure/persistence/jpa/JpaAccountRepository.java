package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public List<Account> listEnabledByRole(Role role, int max) {
        return em.createNamedQuery("Account.listEnabledByRole", Account.class).setParameter("role", role)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Account> search(String usernamePrefix, Role role, int max) {
        String prefix = usernamePrefix == null ? "" : usernamePrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        var query = role == null
                ? em.createQuery("SELECT a FROM Account a WHERE a.username LIKE :prefix ESCAPE '\\' ORDER BY a.username", Account.class)
                : em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r = :role AND a.username LIKE :prefix ESCAPE '\\' "
                        + "ORDER BY a.username", Account.class).setParameter("role", role);
        return query.setParameter("prefix", prefix + "%").setMaxResults(max).getResultList();
    }

    @Override
    public Account store(Account account) {
        if (account.getId() == null) {
            em.persist(account);
            em.flush();
            return account;
        }
        return em.merge(account);
    }
}
