package nl.besparingsmonitor.domain;

/** A municipality's membership of a region (sheet {@code Regio} of a Verdeelsleutels workbook). */
public record RegionMembership(String regionCode, String regionName, String municipalityCode, String municipalityName) {
}
