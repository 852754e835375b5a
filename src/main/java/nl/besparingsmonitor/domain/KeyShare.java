package nl.besparingsmonitor.domain;

import java.math.BigDecimal;

/**
 * One municipality's part of a distribution key: an explicit share as a fraction (0.35 for 35%),
 * or a number of inhabitants (share = inhabitants / total). One of the two is set.
 */
public record KeyShare(String municipalityCode, String municipalityName, BigDecimal share, Long inhabitants) {
}
