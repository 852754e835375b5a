package nl.besparingsmonitor.calculation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The calculation and the domain stay plain Java, so they can be tested and reused without a framework. */
@AnalyzeClasses(packages = {"nl.besparingsmonitor.calculation", "nl.besparingsmonitor.domain"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class CalculationArchitectureTest {

    @ArchTest
    static final ArchRule calculationAndDomainUseNoFrameworkOrDatabase = noClasses()
            .that().resideInAnyPackage("nl.besparingsmonitor.calculation..", "nl.besparingsmonitor.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.poi..", "java.sql..", "javax.sql..")
            .because("calculation and domain are pure Java (see shared/style.md)");

    @ArchTest
    static final ArchRule domainDoesNotDependOnCalculation = noClasses()
            .that().resideInAPackage("nl.besparingsmonitor.domain..")
            .should().dependOnClassesThat().resideInAPackage("nl.besparingsmonitor.calculation..");
}
