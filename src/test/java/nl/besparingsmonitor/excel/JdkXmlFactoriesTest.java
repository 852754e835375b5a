package nl.besparingsmonitor.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdkXmlFactoriesTest {

    private static final List<String> PROPERTIES = List.of("javax.xml.parsers.SAXParserFactory",
            "javax.xml.parsers.DocumentBuilderFactory", "javax.xml.transform.TransformerFactory");

    private final Map<String, String> before = new HashMap<>();

    @BeforeEach
    void remember() {
        PROPERTIES.forEach(p -> before.put(p, System.getProperty(p)));
    }

    @AfterEach
    void restore() {
        before.forEach((p, v) -> {
            if (v == null) {
                System.clearProperty(p);
            } else {
                System.setProperty(p, v);
            }
        });
    }

    @Test
    void theNamedFactoriesAreTheOnesTheJdkWouldHaveFoundAnyway() {
        PROPERTIES.forEach(System::clearProperty);
        Class<?> sax = SAXParserFactory.newInstance().getClass();
        Class<?> dom = DocumentBuilderFactory.newInstance().getClass();
        Class<?> transformer = TransformerFactory.newInstance().getClass();

        JdkXmlFactories.pin();

        assertThat(SAXParserFactory.newInstance()).isExactlyInstanceOf(sax);
        assertThat(DocumentBuilderFactory.newInstance()).isExactlyInstanceOf(dom);
        assertThat(TransformerFactory.newInstance()).isExactlyInstanceOf(transformer);
        assertThat(System.getProperty("javax.xml.parsers.SAXParserFactory")).isEqualTo(sax.getName());
    }

    @Test
    void aFactoryNamedOnTheCommandLineIsLeftAsItIs() {
        System.setProperty("javax.xml.parsers.SAXParserFactory", "com.example.OwnFactory");

        JdkXmlFactories.pin();

        assertThat(System.getProperty("javax.xml.parsers.SAXParserFactory")).isEqualTo("com.example.OwnFactory");
    }
}
