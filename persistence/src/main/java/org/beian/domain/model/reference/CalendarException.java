package org.beian.domain.model.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that breaks the Monday-to-Friday pattern: a weekday off ({@link Kind#HOLIDAY}) or a weekend day
 * worked ({@link Kind#WORKDAY}, 调休上班). Holiday days that fall on a weekend are not kept: they change
 * nothing in {@link WorkingDays}.
 */
@Entity
@Table(name = "calendar_exception")
@NamedQuery(name = "CalendarException.listBetween",
        query = "SELECT c FROM CalendarException c WHERE c.day BETWEEN :from AND :to ORDER BY c.day")
public class CalendarException {

    public enum Kind { HOLIDAY, WORKDAY }

    @Id
    @Column(name = "calendar_day")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(nullable = false, length = 32)
    private String name;

    @Column(nullable = false, length = 200)
    private String source;

    protected CalendarException() {}

    public CalendarException(LocalDate day, Kind kind, String name, String source) {
        this.day = Objects.requireNonNull(day);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.source = Objects.requireNonNull(source);
    }

    public LocalDate getDay() { return day; }
    public Kind getKind() { return kind; }
    public String getName() { return name; }
    public String getSource() { return source; }
}
