/// A unit of the build: a function that makes some files of the site, and the key of what those
/// files depend on. Two builds that give a job the same key must get the same files from it:
/// that is what lets an incremental build carry them over instead of rendering them again.
public struct RenderJob {
    /// Everything the files depend on, digested (see `DependencyKey`); `nil`: made on every build.
    public var key: String?
    public var make: () throws -> [OutputFile]
    /// Called once the job is done, its files made or carried over (or the job failed): lets go
    /// what only the job needed, which a carried job never asks for.
    public var finished: (() -> Void)?

    public init(key: String? = nil, make: @escaping () throws -> [OutputFile], finished: (() -> Void)? = nil) {
        self.key = key
        self.make = make
        self.finished = finished
    }
}
