/// Where release models parsed by an earlier build are kept, by the release's content key
/// (`LoadedRelease.contentKey`): the build cache. The loader reads a model from it instead of
/// parsing the report again, and stores each model it parses.
public protocol ReleaseModelStore: Sendable {
    func model(for contentKey: String) -> Release?
    func store(_ release: Release, for contentKey: String)
}
