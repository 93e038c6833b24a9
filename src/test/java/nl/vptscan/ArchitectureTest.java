package nl.vptscan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of STYLE.md: features depend one way (web → assessment, improvement plan, benchmark →
 * scoring → questionnaire), scoring never sees JDBC, the improvement plan never sees Drools.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.vptscan");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.vptscan.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theLegalCatalogueLivesInOnePlaceBelowScoringAndThePages() {
        classes().that().haveSimpleNameStartingWith("Legal").and().resideInAPackage("nl.vptscan..")
                .and().areTopLevelClasses()
                .should().resideInAPackage("nl.vptscan.questionnaire")
                .check(classes);
    }

    @Test
    void scoringNeverSeesTheDatabase() {
        noClasses().that().resideInAPackage("nl.vptscan.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "io.micronaut.data..", "javax.sql..")
                .check(classes);
    }

    @Test
    void improvementPlanNeverSeesDrools() {
        noClasses().that().resideInAPackage("nl.vptscan.improvementplan..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void questionnairesDependOnNoOtherFeature() {
        noClasses().that().resideInAPackage("nl.vptscan.questionnaire..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.vptscan.scoring..", "nl.vptscan.assessment..",
                        "nl.vptscan.improvementplan..", "nl.vptscan.benchmark..", "nl.vptscan.web..", "nl.vptscan.access..")
                .check(classes);
    }

    @Test
    void onlyThePagesDependOnThePages() {
        noClasses().that().resideOutsideOfPackages("nl.vptscan.web..", "nl.vptscan.demo..")
                .should().dependOnClassesThat().resideInAPackage("nl.vptscan.web..")
                .check(classes);
    }

    @Test
    void scoringDependsOnNoFeatureAboveIt() {
        noClasses().that().resideInAPackage("nl.vptscan.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.vptscan.assessment..",
                        "nl.vptscan.improvementplan..", "nl.vptscan.benchmark..", "nl.vptscan.web..")
                .check(classes);
    }

    @Test
    void planAndBenchmarkReadResultsNotTheScorersFacts() {
        noClasses().that().resideInAnyPackage("nl.vptscan.improvementplan..", "nl.vptscan.benchmark..")
                .should().dependOnClassesThat().resideInAPackage("nl.vptscan.scoring..")
                .check(classes);
    }

    @Test
    void organisationVocabularyDependsOnNoFeature() {
        noClasses().that().resideInAPackage("nl.vptscan.organisation..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.vptscan.scoring..", "nl.vptscan.assessment..",
                        "nl.vptscan.improvementplan..", "nl.vptscan.benchmark..", "nl.vptscan.web..")
                .check(classes);
    }

    @Test
    void theResultModelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("nl.vptscan.result..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.vptscan.scoring..", "nl.vptscan.assessment..",
                        "nl.vptscan.improvementplan..", "nl.vptscan.benchmark..", "nl.vptscan.web..")
                .check(classes);
    }

    @Test
    void domainServicesRefuseInDomainTermsNotHttp() {
        noClasses().that().resideInAnyPackage("nl.vptscan.assessment..", "nl.vptscan.improvementplan..")
                .and().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().haveFullyQualifiedName("nl.vptscan.problem.ApiException")
                .orShould().dependOnClassesThat().resideInAPackage("io.micronaut.http..")
                .check(classes);
    }
}
