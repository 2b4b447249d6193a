import Foundation
import SitegenContent
import SitegenSite
import SitegenTemplates

/// A small site written inline, built in memory: the fixture of the golden and escaping tests.
enum SampleSite {
    static func report(program: String = "마을활력소 운영", department: String = "시 민 참 여 과") -> String {
        """
        Ⅰ. 일반 현황

        □ 인력 : 정원 10명 / 현원 9명

        | 구분 | 정원 | 현원 |
        |------|------|------|
        | 합계 | 10 | 9 |
        | \(department) | 10 | 9 |

        부서별 주요업무

        | 부 서 | 주 요 업 무 |
        |------|------|
        | \(department) | ○ 시민참여 기반 조성 ○ 마을공동체 지원 |

        Ⅱ. 추진방향

        Ⅲ. 주요업무 보고

        1 마을활력소 조성

        - ◆ 주민이 함께 쓰는 공간을 만든다

        □ 추진실적

        ○ 공간 3개소 조성 (`22년 3월)
         - 광진·서초·금천, 예산 16억원
        ※ 자치구 협의 중

        Ⅳ. 2022 세부사업별 예산 현황

        (’22.3.24 기준, 단위 : 천원, %)

        | 구 분 | 2022년 예산현액 | 집행액 | 집행률 | (참고) 2021년 예산 | |
        |------|------|------|------|------|------|
        | | | | | 본예산 | 최종예산 |
        | 합 계 | 1,000 | 500 | 50.0 | 900 | 950 |
        | \(department) | 1,000 | 500 | 50.0 | 900 | 950 |
        | \(program) | 800 | 500 | 62.5 | 700 | 750 |
        | 기본경비 | 200 | 0 | 0.0 | 200 | 200 |

        """
    }

    static func release(id: String = "2022-03-sample", title: String = "시민참여국 현안업무보고",
                        issuer: String = "시민참여국", notes: String? = nil, report text: String = report()) throws -> Release {
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        var yaml = "title: \(quoted(title))\nissuer: \(quoted(issuer))\ndate: 2022-03\n"
        if let notes { yaml += "notes: \(quoted(notes))\n" }
        return try ReleaseReader.read(id: id, metadataYAML: yaml, reportBytes: Array(text.utf8),
                                      metadataPath: "releases/\(id)/release.yml", reportPath: "releases/\(id)/report.txt")
    }

    static func pages(_ releases: [Release], texts: [String: String] = [:], config: SiteConfig = SiteConfig()) throws -> [String: String] {
        let site = SiteContent(releases: releases, config: config, sourceTexts: SourceTexts(texts))
        let files = try StandardTheme().render(site)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }
}
