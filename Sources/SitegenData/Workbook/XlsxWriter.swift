import CXlsxWriter
import Foundation
import SitegenText

/// Writes a `Workbook` as `.xlsx` bytes with Debian's libxlsxwriter (1.1.4), the one place
/// sitegen calls it. The library keeps no global state and each call has its own workbook, so
/// calls may run on several threads at once. It writes only to a named file: the workbook is
/// written into a private temporary folder (never into the site) and read back.
///
/// The same workbook gives the same bytes: the document date is fixed (`documentDate`; the
/// library stamps the zip entries with it too), rows go in the order given, and text is always
/// written as a string (`worksheet_write_string`), so `=HYPERLINK(…)` stays text, never a formula;
/// control characters XML refuses become U+FFFD (`XMLSafeText`).
enum XlsxWriter {
    /// 2000-01-01 00:00:00 UTC, every workbook's creation date.
    static let documentDate: time_t = 946_684_800
    /// Excel's longest cell text.
    static let maxCellLength = 32_767

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func bytes(_ workbook: Workbook) throws -> [UInt8] {
        // In the scratch folder (memory where there is /dev/shm): libxlsxwriter writes every
        // part of a workbook as a temporary file before zipping it, a dozen files a workbook,
        // and making and deleting them on ext4 was about a third of what the workbooks cost at
        // 600 releases (1.1 s of CPU of 3.4–4.3 s).
        let folder = ScratchFolder.root.appendingPathComponent("sitegen-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("workbook.xlsx").path
        try write(workbook, to: file, temporaryFolder: folder.path)
        return Array(try Data(contentsOf: URL(fileURLWithPath: file)))
    }


    private static func write(_ workbook: Workbook, to file: String, temporaryFolder: String) throws {
        let made: OpaquePointer? = temporaryFolder.withCString { tmpdir in
            // Rows are written in order, so the library streams each sheet (constant memory).
            var options = lxw_workbook_options(constant_memory: 1, tmpdir: UnsafeMutablePointer(mutating: tmpdir), use_zip64: 0)
            return OpaquePointer(workbook_new_opt(file, &options))
        }
        guard let made else { throw Failure(description: "\(workbook.path): libxlsxwriter could not start a workbook") }
        let book = UnsafeMutablePointer<lxw_workbook>(made)
        XMLSafeText.make(workbook.title).withCString { title in
            var properties = lxw_doc_properties()
            properties.title = UnsafeMutablePointer(mutating: title)
            properties.created = documentDate
            workbook_set_properties(book, &properties)
        }
        let formats = Formats(book)
        for sheet in workbook.sheets {
            guard let worksheet = workbook_add_worksheet(book, sheet.name) else {
                workbook_close(book)
                throw Failure(description: "\(workbook.path): sheet name refused: \(sheet.name)")
            }
            SheetWriter(worksheet: worksheet, formats: formats).write(sheet)
        }
        let status = workbook_close(book)
        guard status == LXW_NO_ERROR else {
            throw Failure(description: "\(workbook.path): libxlsxwriter: \(String(cString: lxw_strerror(status)))")
        }
    }

    /// The cell formats of one workbook.
    struct Formats {
        let won: UnsafeMutablePointer<lxw_format>
        let header: UnsafeMutablePointer<lxw_format>

        init(_ book: UnsafeMutablePointer<lxw_workbook>) {
            won = workbook_add_format(book)
            format_set_num_format(won, "#,##0")
            header = workbook_add_format(book)
            format_set_bold(header)
        }
    }
}
