/// Sums and differences of amounts that never trap: `nil` when the result does not fit in an
/// `Int`, and the caller turns that into a finding with the row's line.
enum CheckedArithmetic {
    static func sum<S: Sequence>(_ values: S) -> Int? where S.Element == Int {
        var total = 0
        for value in values {
            let (result, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = result
        }
        return total
    }

    static func difference(_ a: Int, _ b: Int) -> Int? {
        let (result, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? nil : result
    }

    static func product(_ a: Int, _ b: Int) -> Int? {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : result
    }

    /// The finding for a row whose amounts are too large to add or subtract.
    static func tooLarge(_ label: String, line: Int, what: String) -> Finding {
        Finding(kind: .malformedNumber, line: line,
                message: "‘\(label)’의 \(what)이 너무 커서 계산할 수 없습니다(\(Int.max)원을 넘습니다). 인쇄된 숫자를 확인하십시오.")
    }
}
