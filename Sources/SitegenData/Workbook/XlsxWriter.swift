import CXlsxWriter
import Foundation
import Glibc
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
        // A private folder in the scratch folder (memory where there is /dev/shm): libxlsxwriter
        // writes every part of a workbook as a temporary file before zipping it, and making and
        // deleting them on ext4 was about a third of what the workbooks cost at 600 releases.
        // Plain POSIX calls: a folder, a file and its bytes a workbook, 601 times a build.
        var template = Array(ScratchFolder.root.appendingPathComponent("sitegen-xlsx-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure(description: "\(workbook.path): no temporary folder (errno \(errno))")
        }
        let folder = String(cString: made)
        let file = folder + "/workbook.xlsx"
        defer {
            unlink(file)
            rmdir(folder)
        }
        try write(workbook, to: file, temporaryFolder: folder)
        return try contents(of: file)
    }

    private static func contents(of file: String) throws -> [UInt8] {
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(description: "\(file): cannot open (errno \(errno))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(description: "\(file): cannot stat (errno \(errno))") }
        let size = Int(status.st_size)
        let bytes = try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let read = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
                guard read > 0 else { throw Failure(description: "\(file): cannot read (errno \(errno))") }
                count += read
            }
        }
        return bytes
    }

    private static func write(_ workbook: Workbook, to file: String, temporaryFolder: String) throws {
        let made: OpaquePointer? = temporaryFolder.withCString { tmpdir in
            var options = lxw_workbook_options(constant_memory: streams(workbook) ? 1 : 0,
                                               tmpdir: UnsafeMutablePointer(mutating: tmpdir), use_zip64: 0)
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

    /// Whether the library streams the workbook's rows (`constant_memory`: each row written out
    /// as the next begins, text inline) rather than keeping its cells and shared strings until it
    /// closes. Streaming pays on a long sheet (the archive's 37,000 rows at 600 releases: 70 MB
    /// less and no tree of cells to free), but gives each sheet a 128 kB column array and a
    /// temporary file of its own, which a release's workbook, a sheet per table of mostly a few
    /// rows (11,500 sheets at 600 releases), would pay for every sheet.
    static func streams(_ workbook: Workbook) -> Bool {
        workbook.sheets.contains { $0.rows.count > streamedRows }
    }

    /// The rows of a sheet from which its workbook is streamed.
    static let streamedRows = 1_000

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
