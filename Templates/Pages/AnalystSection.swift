import SitegenSite

/// The part of `/data/` for analysts: the Excel files (`build --workbooks`), the data package
/// and, when the site holds them (`build --database`), the archive's databases with ready queries.
struct AnalystSection {
    let linker: Linker
    /// Whether the site holds the archive's databases and `data/metadata.json`.
    let database: Bool
    /// The database files, a year each (`data/sitegen-2022.sqlite`, `data/sitegen-2023-h1.sqlite`).
    let databases: [String]
    /// Whether the site holds the `.xlsx` workbooks.
    let workbooks: Bool

    var html: HTML {
        """
        \(workbooks ? excel : "")
        \(database ? sql : package)
        """
    }

    /// Which files to open in Excel, for a site built with the workbooks.
    private var excel: HTML {
        """
        <h2 id="excel">Excel에서 열기</h2>
        <p>Excel에서는 <code>.xlsx</code>를 여세요: \(linker.link("data/budget-lines.xlsx", "budget-lines.xlsx"))(모든 예산 행)와 아래 보고서별 <code>.xlsx</code>(표마다 시트 하나, 표 제목·단위·기준일·원문 행·주소가 머리글 위에). 금액은 천 단위 구분 기호가 붙은 원 단위 숫자, 집행률은 숫자입니다. CSV 파일은 프로그램용(바이트 순서 표시 없는 UTF-8)이라 한국어 Windows의 Excel에서 두 번 눌러 열면 글자가 깨집니다.</p>
        """
    }

    private var packageItem: HTML {
        "<li>\(linker.link("data/datapackage.json", "datapackage.json")) — CSV 파일들의 Tabular Data Package(열의 형식, 기본 키, 외래 키)와 Fiscal Data Package 모델. <code>frictionless validate datapackage.json</code></li>"
    }

    private var subtotals: HTML {
        "<p>합계 행을 두 번 세지 마세요: <code>row_kind</code>가 <code>department</code>, <code>subtotal</code>, <code>total</code>인 행은 다른 행의 합입니다.</p>"
    }

    /// The data package alone, for a site built without the database.
    private var package: HTML {
        """
        <h2 id="package">데이터 패키지</h2>
        <ul>
        \(packageItem)
        </ul>
        \(subtotals)
        """
    }

    /// Every database file, linked.
    private var files: HTML {
        let links: [HTML] = databases.map { linker.link($0, String($0.dropFirst("data/".count))) }
        return links.joined(separator: ", ")
    }

    /// The databases, Datasette's metadata, the data package, and ready queries.
    private var sql: HTML {
        """
        <h2 id="sql">SQL로: 해마다 SQLite 데이터베이스 하나</h2>
        <ul>
        <li>\(files) — 보고서를 해(보고 연월의 연도)마다 나눈 SQLite 데이터베이스. 한 해의 파일이 25 MiB를 넘으면 반기(<code>-h1</code>, <code>-h2</code>), 다시 달(<code>-03</code>)로 나눕니다. 파일마다 같은 표: <code>releases</code>, <code>departments</code>, <code>programs</code>, <code>budget_tables</code>, <code>budget_lines</code>, <code>work_items</code>, <code>audit_demands</code>, <code>findings</code> 표와 <code>program_history</code>, <code>program_latest</code> 뷰. 금액은 원 단위 정수, 집행률은 인쇄된 그대로의 실수, 행마다 원문 행 번호(<code>source_line</code>)와 이 사이트의 주소(<code>url</code>). <code>budget_lines.id</code>는 어느 파일에서나 budget-lines.csv의 행 번호이고, <code>programs.id</code>와 <code>slug</code>는 모든 파일에서 같습니다(<code>names</code>와 <code>releases</code>는 그 파일의 보고서만 셉니다).</li>
        <li>\(linker.link("data/metadata.json", "metadata.json")) — Datasette용 설명(표와 열, 단위, 기본 패싯, 전문 검색). <code>datasette sitegen-*.sqlite --metadata metadata.json</code> (여러 해에 걸친 SQL은 <code>--crossdb</code>를 붙이면 되지만, Datasette는 처음 열 개 파일만 붙입니다)</li>
        \(packageItem)
        </ul>
        \(subtotals)
        <p>전문 검색(<code>*_fts</code>, trigram)은 세 글자 이상을 찾습니다. 두 글자는 <code>LIKE</code>로: <code>SELECT label, url FROM budget_lines WHERE label LIKE '%서울%';</code> 업무 본문(<code>work_items.body</code>)은 따로 된 색인 <code>work_items_body_fts</code>(행마다 어떤 세 글자가 있는지만 기억)에 들어 있어 그 표에 <code>LIKE</code>나 <code>GLOB</code>으로 묻습니다(세 글자 이상): <code>SELECT w.release, w.title, w.url FROM work_items_body_fts f JOIN work_items w ON w.id = f.rowid WHERE f.body LIKE '%혁신파크%';</code></p>
        <h3 id="queries">바로 쓰는 질의</h3>
        <div class="narrative"><pre><code>-- 올해 집행률이 가장 낮은 사업
        SELECT release, department, label, budget_won, executed_won, rate_percent, url
        FROM budget_lines WHERE row_kind = 'program' AND fiscal_year = (SELECT max(fiscal_year) FROM budget_lines)
          AND rate_percent IS NOT NULL ORDER BY rate_percent LIMIT 20;
        -- 한 사업의 모든 보고서
        SELECT release, printed_name, budget_won, executed_won, rate_percent, url
        FROM program_history WHERE program_id = (SELECT id FROM programs WHERE name = '서울혁신파크 운영');
        -- 한 보고서의 모든 점검 결과
        SELECT source_line, kind, message, url FROM findings WHERE release = '2022-07-citizen-cooperation-bureau';
        -- 이름에 '혁신파크'가 든 사업 (전문 검색)
        SELECT p.name, p.url FROM programs_fts f JOIN programs p ON p.id = f.rowid WHERE programs_fts MATCH '"혁신파크"';</code></pre></div>
        """
    }
}
