package org.beian.interfaces.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.Choice;
import org.beian.application.dto.VerificationPointInput;
import org.beian.application.dto.VerificationPointView;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/verification-points.xhtml: one province's verification points, the form that adds one
 * or changes the one chosen with 修改, and switching a point off, on, or deleting it. Refusals land on
 * their field (the inputs carry the ids of {@link VerificationPointInput}'s components).
 */
@Named("adminPoints")
@ViewScoped
public class VerificationPointsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private String provinceCode;
    private List<Choice> provinces;
    private List<VerificationPointView> points;

    private Long id;
    private String name;
    private String address;
    private String openingHours;
    private String phone;
    private BigDecimal latitude;
    private BigDecimal longitude;

    public void provinceChosen() {
        clear();
    }

    public void save() {
        VerificationPointView saved = administration.saveVerificationPoint(callers.current(),
                new VerificationPointInput(id, provinceCode, name, address, openingHours, phone, latitude, longitude));
        Messages.info(id == null ? "admin.points.added" : "admin.points.changed", saved.name());
        clear();
    }

    public void edit(VerificationPointView point) {
        id = point.id();
        name = point.name();
        address = point.address();
        openingHours = point.openingHours();
        phone = point.phone();
        latitude = point.latitude();
        longitude = point.longitude();
    }

    public void clear() {
        id = null;
        name = address = openingHours = phone = null;
        latitude = longitude = null;
        points = null;
    }

    public void switchActive(VerificationPointView point, boolean active) {
        administration.setVerificationPointActive(callers.current(), point.id(), active);
        Messages.info(active ? "admin.points.activated" : "admin.points.deactivated", point.name());
        points = null;
    }

    public void delete(VerificationPointView point) {
        administration.deleteVerificationPoint(callers.current(), point.id());
        Messages.info("admin.points.deleted", point.name());
        if (id != null && id == point.id()) {
            clear(); // the form held the point just deleted
        }
        points = null;
    }

    public List<VerificationPointView> getPoints() {
        if (points == null) {
            points = provinceCode == null ? List.of() : administration.verificationPoints(callers.current(), provinceCode);
        }
        return points;
    }

    /** The provinces (the rules' list without the national defaults: a point is always in a province). */
    public List<Choice> getProvinces() {
        if (provinces == null) {
            provinces = administration.ruleProvinces(callers.current()).stream()
                    .filter(c -> !ProvinceRule.NATIONAL.equals(c.code())).toList();
        }
        return provinces;
    }

    public boolean isEditing() { return id != null; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getOpeningHours() { return openingHours; }
    public void setOpeningHours(String openingHours) { this.openingHours = openingHours; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
}
