import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SitegenText

/// Reads one `Contents/section*.xml` of an HWPX document with a streamed `XMLParser` (Linux's
/// `XMLParser(data:)` fails on large inputs): every paragraph (`hp:p`) outside a table is a
/// line; every table (`hp:tbl`) becomes pipe table lines (`HWPXTable`). Text in `hp:t`.
public final class HWPXSectionReader: NSObject, XMLParserDelegate {
    private(set) var lines: [String] = []
    private var paragraph = ""
    private var inText = 0
    /// Open tables, innermost last (a table may sit in another's cell: its text joins the cell).
    private var tables: [HWPXTable] = []
    private var cell: HWPXTable.Cell?
    private var cellText: [String] = []

    public static func lines(of section: Data, file: String) throws -> [String] {
        let reader = HWPXSectionReader()
        let parser = XMLParser(stream: InputStream(data: section))
        parser.shouldProcessNamespaces = false
        parser.delegate = reader
        guard parser.parse() else {
            let line = parser.lineNumber
            throw SitegenError(file: file, line: line > 0 ? line : nil, "the HWPX section is not well-formed XML (\(parser.parserError.map { "\($0)" } ?? "unknown error"))")
        }
        return reader.lines
    }

    static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    public func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                       qualifiedName: String?, attributes: [String: String] = [:]) {
        switch Self.local(elementName) {
        case "t": inText += 1
        case "tbl": flushParagraph(); tables.append(HWPXTable())
        case "tc" where tables.count == 1:
            cell = HWPXTable.Cell(row: 0, column: 0, rowSpan: 1, columnSpan: 1, text: ""); cellText = []
        case "cellAddr" where tables.count == 1:
            cell?.row = Int(attributes["rowAddr"] ?? "") ?? 0
            cell?.column = Int(attributes["colAddr"] ?? "") ?? 0
        case "cellSpan" where tables.count == 1:
            cell?.rowSpan = Int(attributes["rowSpan"] ?? "") ?? 1
            cell?.columnSpan = Int(attributes["colSpan"] ?? "") ?? 1
        case "lineBreak": paragraph += " "
        case "tab": paragraph += "\t"
        default: break
        }
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText > 0 { paragraph += string }
    }

    public func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch Self.local(elementName) {
        case "t": inText -= 1
        case "p": flushParagraph()
        case "tc" where tables.count == 1:
            flushParagraph()
            if var done = cell {
                done.text = cellText.filter { !$0.isEmpty }.joined(separator: " ")
                tables[0].cells.append(done)
            }
            cell = nil
        case "tbl":
            let table = tables.removeLast()
            if tables.isEmpty { lines.append(contentsOf: table.pipeLines) } else { paragraph += " " }
        default: break
        }
    }

    /// A finished paragraph: a line of the text, or a line of the current table cell.
    private func flushParagraph() {
        let text = paragraph.trimmingCharacters(in: .whitespaces)
        paragraph = ""
        if tables.isEmpty {
            lines.append(text)
        } else {
            cellText.append(text)
        }
    }
}
