package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.beian.application.InvalidFieldException;
import org.beian.application.NotFoundException;
import org.beian.application.dto.FileableTldView;
import org.beian.application.dto.NewFileableTld;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.security.Caller;
import org.beian.domain.model.reference.FileableSuffix;
import org.beian.domain.model.reference.FileableTld;
import org.beian.domain.model.reference.FileableTldRepository;
import org.beian.domain.model.reference.RefusedInputException;

/**
 * The domain suffixes the ministry accepts, as administrators keep them: a suffix is added once (in
 * both forms, from either) and then switched on or off. The checks read the fileable suffixes on each
 * evaluation ({@code ReferenceData.fileableSuffixes()}, not cached), so the next check applies a change.
 */
@ApplicationScoped
public class FileableTldAdministration {

    @Inject
    private FileableTldRepository tlds;

    @Inject
    private ApplicationEvents events;

    public List<FileableTldView> list() {
        return tlds.listAll().stream().map(FileableTldAdministration::view).toList();
    }

    public FileableTldView add(Caller caller, NewFileableTld request) {
        FileableSuffix suffix;
        try {
            suffix = FileableSuffix.parse(request.suffix());
        } catch (RefusedInputException refused) {
            throw FieldRefusals.of(refused);
        }
        if (tlds.findByAscii(suffix.ascii()).isPresent() || tlds.find(suffix.unicode()).isPresent()) {
            throw new InvalidFieldException("suffix", "error.tld.duplicate", suffix.unicode());
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        FileableTld added = tlds.add(new FileableTld(suffix, request.fileable(), note));
        events.raise(ApplicationEvent.of(EventTypes.FILEABLE_TLD_ADDED, caller.username(), "tld:" + added.getAscii(),
                Map.of("tld", added.getTld(), "fileable", Boolean.toString(added.isFileable()))));
        return view(added);
    }

    public FileableTldView setFileable(Caller caller, String tld, boolean fileable) {
        FileableTld found = tlds.find(tld).orElseThrow(() -> new NotFoundException("tld", tld));
        found.setFileable(fileable);
        events.raise(ApplicationEvent.of(EventTypes.FILEABLE_TLD_CHANGED, caller.username(), "tld:" + found.getAscii(),
                Map.of("tld", found.getTld(), "fileable", Boolean.toString(fileable))));
        return view(found);
    }

    private static FileableTldView view(FileableTld t) {
        return new FileableTldView(t.getTld(), t.getAscii(), t.isFileable(), t.isCountryCode(), t.isSecondLevel(), t.getNote());
    }
}
