package vn.sogoc.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * archive-core holds the domain and the ports: it may depend on the JDK only, never on an adapter's
 * library (PDFBox, iText, Tess4J, MinIO, Lucene, Spring), as EU DSS keeps dss-pades free of PDF engines.
 */
@AnalyzeClasses(packages = "vn.sogoc.archive", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTests {

    @ArchTest
    static final ArchRule coreDependsOnTheJdkOnly = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("vn.sogoc.archive..", "java..", "javax..");

    @ArchTest
    static final ArchRule portsDoNotDependOnTheOrchestration = noClasses()
            .that().resideInAnyPackage("..capture..", "..ocr..", "..pdf..", "..signing..", "..storage..", "..search..",
                    "..register..", "..classify..", "..audit..", "..text..")
            .should().dependOnClassesThat().resideInAPackage("vn.sogoc.archive.digitize..");
}
