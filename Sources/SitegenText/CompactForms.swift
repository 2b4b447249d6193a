/// Which of the types met so far have a compact form, asked of the runtime once a type (a cast
/// a value was a sixth of writing a model).
struct CompactForms {
    private var known: [ObjectIdentifier: (any ModelCoding.Type)?] = [:]

    mutating func of<Value>(_ type: Value.Type) -> (any ModelCoding.Type)? {
        let key = ObjectIdentifier(type)
        if let form = known[key] { return form }
        let form = type as? any ModelCoding.Type
        known[key] = form
        return form
    }
}

/// `value` as the type it is, `Same` (which the caller has made sure of), without a runtime cast.
@inline(__always)
func identical<Value, Same>(_ value: Value, as type: Same.Type) -> Same {
    assert(Value.self == Same.self)
    return unsafeBitCast(value, to: Same.self)
}
