import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LegworkKit
import Testing

/// What a document told, one line per event: `<name a=v>`, `"text"` (adjacent pieces joined), `</name>`.
private struct Recorder: XMLVisitor {
    var events: [String] = []
    private var text = ""

    mutating func start(_ name: String, attributes: [String: String]) {
        flush()
        events.append("<\(name)" + attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined() + ">")
    }

    mutating func text(_ text: String) { self.text += text }

    mutating func end(_ name: String) {
        flush()
        events.append("</\(name)>")
    }

    private mutating func flush() {
        if !text.isEmpty { events.append("\"\(text)\"") }
        text = ""
    }
}

private func events(_ text: String) throws(XMLSyntaxError) -> [String] {
    var recorder = Recorder()
    try XMLReader.read(text, into: &recorder)
    return recorder.events
}

private func failure(_ text: String) -> XMLSyntaxError? {
    do {
        _ = try events(text)
        return nil
    } catch {
        return error
    }
}

/// A GPX file as Garmin writes one: a declaration, namespaces, prefixed extension elements.
private let garminGPX = """
    <?xml version="1.0" encoding="UTF-8"?>
    <gpx creator="Garmin Connect" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" \
    xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
      <metadata><time>2026-11-29T07:58:00.000Z</time></metadata>
      <trk>
        <name>Morning &amp; easy</name>
        <type>running</type>
        <trkseg>
          <trkpt lat="51.50" lon="-0.12"><ele>10.2</ele><time>2026-11-29T07:58:00.000Z</time>
            <extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>86</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>
          </trkpt>
          <trkpt lat="51.51" lon="-0.12"/>
        </trkseg>
      </trk>
    </gpx>
    """

@Suite("Reading XML: GPX and TCX files without libxml2")
struct XMLReaderTests {
    @Test func elementsAttributesAndTextComeInDocumentOrder() throws {
        let told = try events("<a x=\"1\" y='two'>hi<b/>there<c>in c</c></a>")
        #expect(told == ["<a x=1 y=two>", "\"hi\"", "<b>", "</b>", "\"there\"", "<c>", "\"in c\"", "</c>", "</a>"])
    }

    @Test func namesLoseTheirPrefixAndNamespaceDeclarationsAreNotAttributes() throws {
        let told = try events(garminGPX).filter { !$0.hasPrefix("\"") }
        #expect(told.first == "<gpx creator=Garmin Connect version=1.1>")
        #expect(told.contains("<cad>") && told.contains("<TrackPointExtension>") && told.contains("</cad>"))
        #expect(told.contains("<trkpt lat=51.51 lon=-0.12>"))
        #expect(told.last == "</gpx>")
        #expect(try events(garminGPX).contains("\"Morning & easy\""))
    }

    @Test func referencesResolveAndLineEndsBecomeLineFeeds() throws {
        #expect(try events("<a>&lt;&gt;&amp;&apos;&quot; &#65;&#x42;&#x1F3C3;</a>") == ["<a>", "\"<>&'\" AB🏃\"", "</a>"])
        #expect(try events("<a>one\r\ntwo\rthree\nfour</a>") == ["<a>", "\"one\ntwo\nthree\nfour\"", "</a>"])
        // Attribute values: tabs and line ends are spaces; references resolve; either quote.
        #expect(try events("<a v=\"x\ty\r\nz &amp; &#34;q&#34;\" w='it&apos;s \"so\"'/>") == ["<a v=x y z & \"q\" w=it's \"so\">", "</a>"])
    }

    @Test func cdataCommentsInstructionsAndDoctypeAreReadPast() throws {
        let text = """
            \u{FEFF}<?xml version="1.0"?>
            <!-- exported -->
            <!DOCTYPE gpx [ <!ENTITY e "x>y"> <!-- ] --> ]>
            <?xml-stylesheet href="a.xsl"?>
            <gpx><![CDATA[<not a tag> & ]] ]]>tail<!-- c --><?pi data?>end</gpx>
            <!-- after -->
            """
        #expect(try events(text) == ["<gpx>", "\"<not a tag> & ]] tailend\"", "</gpx>"])
    }

    @Test func aMalformedDocumentNamesWhereAndWhat() {
        // Each case: the document, then the line and column where it goes wrong and the words said.
        let cases: [(String, Int, Int, String)] = [
            ("<a>\n  <b></a>", 2, 6, "</a> where <b> must be closed first"),
            ("<a></a></b>", 1, 8, "a second root element: a document holds one"),
            ("<a/><b/>", 1, 5, "a second root element: a document holds one"),
            ("hello <a/>", 1, 1, "text before the root element"),
            ("<a/> tail", 1, 6, "text after the root element"),
            ("<a x='1' x='2'/>", 1, 10, "the attribute x is given twice"),
            ("<a x=1/>", 1, 6, "an attribute value in quotes was expected"),
            ("<a x/>", 1, 5, "the attribute x has no value (=\"…\")"),
            ("<a x='1'y='2'/>", 1, 9, "a space or the end of the tag <a> was expected"),
            ("<a x='<'/>", 1, 7, "< is not allowed in an attribute value (write &lt;)"),
            ("<a>&nbsp;</a>", 1, 4, "&nbsp; is not an entity this reader knows (only &lt; &gt; &amp; &apos; &quot; and &#…;)"),
            ("<a>&#0;</a>", 1, 4, "&#0; is not a character XML allows"),
            ("<a>&#xD800;</a>", 1, 4, "&#xD800; is not a character XML allows"),
            ("<a>&#-5;</a>", 1, 4, "&#-5; is not a character XML allows"),
            ("<a>fish & chips</a>", 1, 9, "& begins a reference such as &amp; (a lone & is written &amp;)"),
            ("<a>x ]]> y</a>", 1, 6, "]]> is only the end of a CDATA section"),
            ("<a><!-- a -- b --></a>", 1, 11, "-- is not allowed inside a comment"),
            ("<a>bell\u{7}</a>", 1, 8, "a control character (U+0007) is not allowed"),
            ("<a>nul\u{0}</a>", 1, 7, "a control character (U+0000) is not allowed"),
            ("<a><!DOCTYPE a></a>", 1, 4, "a document type declaration only before the root element"),
            ("<a/><!DOCTYPE a>", 1, 5, "a document type declaration only before the root element, once"),
            (" <?xml version='1.0'?><a/>", 1, 2, "the XML declaration <?xml …?> only at the very start of the document"),
            ("<a>< b/></a>", 1, 5, "a name was expected"),
            ("</a>", 1, 1, "</a> closes no element"),
            ("", 1, 1, "the document holds no element"),
            ("  \n <!-- only a comment -->\n", 3, 1, "the document holds no element"),
            ("<!DOCTYPE a [ <!ENTITY x 'y'> ", 1, 31, "the document type declaration is never closed"),
        ]
        for (text, line, column, words) in cases {
            #expect(failure(text) == XMLSyntaxError(line: line, column: column, problem: .malformed(words)), "\(text.debugDescription)")
        }
    }

    @Test func aDocumentCutAnywhereInsideItsRootSaysWhichElementIsOpen() throws {
        let root = try #require(garminGPX.range(of: "<gpx"))
        let rootEnd = try #require(garminGPX.range(of: "</gpx>", options: .backwards))
        // Every cut from just after the root's name to just before its end tag closes.
        var cut = root.upperBound
        while cut < rootEnd.upperBound {
            let text = String(garminGPX[..<cut])
            let problem = failure(text)?.problem
            guard case .unclosed(let open)? = problem else {
                Issue.record("cut after \(garminGPX.distance(from: garminGPX.startIndex, to: cut)) characters: \(String(describing: problem))")
                break
            }
            // The element named is one the document holds, and the innermost open one at the cut.
            #expect(["gpx", "metadata", "time", "trk", "name", "type", "trkseg", "trkpt", "ele", "extensions", "TrackPointExtension", "cad"].contains(open))
            cut = garminGPX.index(after: cut)
        }
        #expect(failure(String(garminGPX[..<garminGPX.index(garminGPX.startIndex, offsetBy: 600)]))?.problem == .unclosed("trkseg"))
        #expect(failure("<gpx><trk><trkseg>")?.problem == .unclosed("trkseg"))
        #expect(failure("<gpx><trk><trkseg><trkpt lat=\"5")?.problem == .unclosed("trkseg"))
        #expect(failure("<gpx la")?.problem == .unclosed("gpx"))
        #expect(try events(garminGPX).count > 20)
    }

    @Test func entitiesADoctypeDeclaresAreRefusedNotExpanded() {
        // A billion laughs would need its entities expanded: the first reference is refused instead.
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <lolz>&lol2;</lolz>
            """
        #expect(failure(laughs) == XMLSyntaxError(line: 3, column: 7, problem: .malformed(
            "&lol2; is not an entity this reader knows (only &lt; &gt; &amp; &apos; &quot; and &#…;)")))
    }

    #if canImport(FoundationXML)
    /// libxml2 (through Foundation's XMLParser, namespaces processed) tells the same elements, attributes
    /// and text for well-formed documents. (It is no judge of the malformed ones: on Linux, `parse()`
    /// returns true for a mismatched end tag, a second root or an unquoted value.)
    @Test func libxml2TellsTheSame() throws {
        let documents = [
            garminGPX,
            "<a x=\"1\" y='two'>hi<b/>there<c>in c</c></a>",
            "<a>&lt;&gt;&amp;&apos;&quot; &#65;&#x42;&#x1F3C3; caf\u{E9}</a>",
            "<a v=\"x\ty\nz &amp; &#34;q&#34;\" w='it&apos;s \"so\"'/>",
            "<?xml version=\"1.0\"?>\n<!-- c --><p:a xmlns:p=\"urn:p\" p:k=\"v\"><p:b>t</p:b><![CDATA[<x>]]></p:a>\n",
        ]
        for document in documents {
            #expect(try events(document) == libxml2Events(document), "\(document.debugDescription)")
        }
    }

    private final class Libxml2Recorder: NSObject, XMLParserDelegate {
        var recorder = Recorder()
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            recorder.start(name, attributes: attributes.filter { !$0.key.hasPrefix("xmlns") }.reduce(into: [:]) { $0[$1.key.split(separator: ":").last.map(String.init) ?? $1.key] = $1.value })
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { recorder.text(string) }
        func parser(_ parser: XMLParser, foundCDATA block: Data) { recorder.text(String(decoding: block, as: UTF8.self)) }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { recorder.end(name) }
    }

    private func libxml2Events(_ text: String) -> [String]? {
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        let delegate = Libxml2Recorder()
        parser.delegate = delegate
        return parser.parse() ? delegate.recorder.events : nil
    }
    #endif
}
