package org.dangjiandesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The layering of the shipped classes: {@code model} ← {@code store} ← {@code logic} ← {@code gui} / {@code cli}
 * ← {@code app}, with each outside library kept to the one layer that needs it. Test classes are not analysed.
 */
@AnalyzeClasses(packages = "org.dangjiandesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "org.dangjiandesk";
    private static final String MODEL = ROOT + ".model..";
    private static final String LOGIC = ROOT + ".logic..";
    private static final String STORE = ROOT + ".store..";
    private static final String GUI = ROOT + ".gui..";
    private static final String CLI = ROOT + ".cli..";
    private static final String APP = ROOT + ".app..";
    private static final String JOOQ_GENERATED = ROOT + ".store.jooq..";
    private static final String JOOQ = "org.jooq..";
    private static final String JDBC = "java.sql..";
    private static final String JAVAFX = "javafx..";

    private static final DescribedPredicate<JavaClass> STORE_EXCEPT_STORE_EXCEPTION = DescribedPredicate.describe(
            "are in store, other than StoreException",
            c -> (c.getPackageName() + ".").startsWith(ROOT + ".store.")
                    && !c.getName().startsWith(ROOT + ".store.StoreException"));

    /** The one class outside cli and app that may print: a benchmark run from the command line. */
    private static final String ROSTER_BENCHMARK = ROOT + ".gui.roster.RosterBenchmark";

    @ArchTest
    static final ArchRule modelDependsOnNothingOfTheApp = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(LOGIC, STORE, GUI, CLI, APP)
            .because("model holds plain records and enums that every layer shares");

    @ArchTest
    static final ArchRule modelUsesNoJavaFxNorSql = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, JOOQ, JDBC, "javax.sql..")
            .because("model holds plain records and enums");

    @ArchTest
    static final ArchRule logicDoesNotKnowTheUserInterface = noClasses().that().resideInAPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", GUI, CLI, APP)
            .because("services are shared by the GUI and the command line and are tested without a screen");

    @ArchTest
    static final ArchRule logicTalksToStorageOnlyThroughTheStore = noClasses().that().resideInAPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage(JOOQ, JDBC, "javax.sql..", JOOQ_GENERATED)
            .because("logic uses store.DataStore and its repositories, which speak model types");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesJooqAndJdbc = noClasses().that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(JOOQ, JDBC, "javax.sql..", JOOQ_GENERATED)
            .because("the store is the only code that knows SQL, so another database needs changes there only");

    @ArchTest
    static final ArchRule poiOnlyInExcelLogic = noClasses().that().resideOutsideOfPackage(ROOT + ".logic.excel..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("workbooks are read and written in logic.excel only");

    @ArchTest
    static final ArchRule chartsOnlyInTheGui = noClasses().that().resideOutsideOfPackage(GUI)
            .should().dependOnClassesThat().resideInAPackage("org.jfree..")
            .because("charts are drawn by screens; logic computes the figures");

    @ArchTest
    static final ArchRule guiDoesNotUseAppNorCli = noClasses().that().resideInAPackage(GUI)
            .should().dependOnClassesThat().resideInAnyPackage(APP, CLI)
            .because("app is the composition root and wires gui; gui gets its services handed in");

    @ArchTest
    static final ArchRule cliDoesNotUseAppNorGui = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(APP, GUI)
            .because("app is the composition root and wires cli; cli gets its services handed in");

    @ArchTest
    static final ArchRule guiUsesServicesNotRepositories = noClasses().that().resideInAPackage(GUI)
            .should().dependOnClassesThat(STORE_EXCEPT_STORE_EXCEPTION)
            .because("screens go through logic services; only StoreException may be caught to explain it");

    @ArchTest
    static final ArchRule layersAreFreeOfCycles = slices().matching(ROOT + ".(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule logicFeaturesAreFreeOfCycles = slices().matching(ROOT + ".logic.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule guiFeaturesAreFreeOfCycles = slices().matching(ROOT + ".gui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheCommandLineAndLauncherPrint = noClasses()
            .that().resideOutsideOfPackages(CLI, APP)
            .and().doNotHaveFullyQualifiedName(ROSTER_BENCHMARK)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the application logs through SLF4J; System.out/err is for the command line");
}
