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

    @Test
    void onlyTheErrorMappingAndThePagesSpeakHttpErrors() {
        noClasses().that().resideOutsideOfPackages("nl.vptscan.problem..", "nl.vptscan.web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("nl.vptscan.problem.ApiException")
                .orShould().dependOnClassesThat().areAssignableTo("io.micronaut.http.exceptions.HttpStatusException")
                .because("services and domain code refuse with a DomainException; problem/ maps it to HTTP and pages")
                .check(classes);
    }

    @Test
    void pageControllersDoNotReadHttpStatusesOfRefusals() {
        noClasses().that().resideInAPackage("nl.vptscan.web..").and().haveSimpleNameEndingWith("PageController")
                .should().callMethod("nl.vptscan.problem.ApiException", "status")
                .because("a page decides what to show from the domain refusal's kind and codes")
                .check(classes);
    }

    @Test
    void everyRefusalOutsideTheErrorMappingCarriesAMessageCode() {
        noClasses().that().resideOutsideOfPackage("nl.vptscan.problem..")
                .should().callConstructor(nl.vptscan.problem.FieldError.class, String.class, String.class)
                .orShould().callMethod(nl.vptscan.problem.DomainException.class, "notFound", String.class)
                .orShould().callMethod(nl.vptscan.problem.DomainException.class, "conflict", String.class)
                .because("pages say every refusal from the message bundles in the page's language")
                .check(classes);
    }
}
