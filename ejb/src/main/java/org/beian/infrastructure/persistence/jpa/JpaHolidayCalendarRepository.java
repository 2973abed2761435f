package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.beian.domain.model.reference.CalendarException;
import org.beian.domain.model.reference.HolidayCalendarRepository;

@ApplicationScoped
public class JpaHolidayCalendarRepository implements HolidayCalendarRepository {

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public List<CalendarException> listBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery("CalendarException.listBetween", CalendarException.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * Removes the old rows through the persistence context and flushes before adding the new ones: a
     * bulk DELETE would leave removed rows managed, and a new row on the same day would then clash.
     */
    @Override
    public void replaceYear(int year, List<CalendarException> rows) {
        listBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).forEach(em::remove);
        for (CalendarException row : rows) {
            if (row.getDay().getYear() != year) {
                CalendarException other = em.find(CalendarException.class, row.getDay());
                if (other != null) {
                    em.remove(other);
                }
            }
        }
        em.flush();
        rows.forEach(em::persist);
    }
}
