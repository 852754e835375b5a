package nl.besparingsmonitor.ingest;

import java.util.List;

import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.RegionMembership;

/** Normalised content of a {@code Verdeelsleutels} workbook. */
public record KeyFacts(List<DistributionKey> keys, List<RegionMembership> memberships) implements WorkbookFacts {

    public KeyFacts {
        keys = List.copyOf(keys);
        memberships = List.copyOf(memberships);
    }
}
