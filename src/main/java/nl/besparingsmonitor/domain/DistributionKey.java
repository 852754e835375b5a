package nl.besparingsmonitor.domain;

import java.util.List;

/** A named key (verdeelsleutel) that splits regional amounts over member municipalities. */
public record DistributionKey(String organisationCode, String name, List<KeyShare> shares) {

    public DistributionKey {
        shares = List.copyOf(shares);
    }
}
