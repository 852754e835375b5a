package nl.besparingsmonitor.domain;

/**
 * A municipality (code {@code GM0406}) or a regional body (any other code) that delivers workbooks.
 */
public record Organisation(String code, String name) {

    public boolean isMunicipality() {
        return Municipality.isMunicipalityCode(code);
    }
}
