package nl.vptscan.workbook;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/**
 * The one XML parser for uploaded parts: the JDK's StAX reader, streaming, with DTDs and external entities off. A
 * DOCTYPE is refused outright, so no entity is ever declared, expanded or fetched.
 */
final class Xml {

    private Xml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }

    /** A reader over a part that refuses DOCTYPEs and entity references as it meets them. */
    static Reader read(String part, byte[] content) {
        try {
            // a factory per part: cheap, and the JDK does not promise that one may be shared between threads
            return new Reader(part, factory().createXMLStreamReader(new ByteArrayInputStream(content)));
        } catch (XMLStreamException e) {
            throw notXml(part);
        }
    }

    static nl.vptscan.problem.DomainException notXml(String part) {
        return UploadGuard.refuse("workbook.notXlsx", part + " is not well-formed XML");
    }

    /** A pull reader over one part; every parse problem becomes a refusal naming the part. */
    static final class Reader implements AutoCloseable {

        private final String part;
        private final XMLStreamReader xml;

        private Reader(String part, XMLStreamReader xml) {
            this.part = part;
            this.xml = xml;
        }

        /** The next event: START_ELEMENT, END_ELEMENT, CHARACTERS (also for CDATA and spaces) or END_DOCUMENT. */
        int next() {
            try {
                int event = xml.next();
                return switch (event) {
                    case XMLStreamReader.DTD -> throw UploadGuard.refuse("workbook.suspicious", part
                            + " has a DOCTYPE; a workbook needs none, so it is refused");
                    case XMLStreamReader.ENTITY_REFERENCE -> throw UploadGuard.refuse("workbook.suspicious", part
                            + " refers to an entity '" + xml.getLocalName() + "', which is not allowed");
                    case XMLStreamReader.CDATA, XMLStreamReader.SPACE -> XMLStreamReader.CHARACTERS;
                    default -> event;
                };
            } catch (XMLStreamException | RuntimeException e) {
                if (e instanceof nl.vptscan.problem.DomainException refusal) {
                    throw refusal;
                }
                throw notXml(part);
            }
        }

        String localName() {
            return xml.getLocalName();
        }

        /** An attribute by local name, whatever its namespace; null when absent. */
        String attribute(String localName) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(localName)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }

        int textLength() {
            return xml.getTextLength();
        }

        void appendText(StringBuilder text) {
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }

        /** Reads up to the end of the current element and returns its text, children's text included. */
        String elementText() {
            StringBuilder text = new StringBuilder();
            for (int depth = 1; depth > 0; ) {
                switch (next()) {
                    case XMLStreamReader.START_ELEMENT -> depth++;
                    case XMLStreamReader.END_ELEMENT -> depth--;
                    case XMLStreamReader.CHARACTERS -> appendText(text);
                    case XMLStreamReader.END_DOCUMENT -> throw notXml(part);
                    default -> { }
                }
            }
            return text.toString();
        }

        @Override
        public void close() {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing is left to release
            }
        }
    }
}
