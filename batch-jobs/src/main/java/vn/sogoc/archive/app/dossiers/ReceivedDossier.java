package vn.sogoc.archive.app.dossiers;

import java.time.OffsetDateTime;
import java.util.List;

/** A dossier as received: whether it reuses warehouse data and whether every component is digitized. */
public record ReceivedDossier(String code, String procedureCode, String holderId, OffsetDateTime receivedAt,
                              String receivedBy, List<DossierComponent> components) {

    public ReceivedDossier {
        components = List.copyOf(components);
    }

    /** At least one component was taken from the holder's warehouse. */
    public boolean reuses() {
        return components.stream().anyMatch(c -> c.source() == ComponentSource.REUSED);
    }

    /** Every component is digitized. */
    public boolean fullyDigitized() {
        return !components.isEmpty() && components.stream().allMatch(DossierComponent::digitized);
    }
}
