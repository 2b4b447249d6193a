import Foundation

/// Runs the build's jobs on every core, each writing its files into the sink as soon as they
/// are made, so that the site is never held in memory whole. A job whose key the previous
/// build recorded, with its files still in place, is carried over instead of made again.
public struct JobRunner {
    public var sink: OutputSink
    /// The previous build's files by job key; only with a `StagingSink`.
    public var previous: CarryOver?

    public init(sink: OutputSink, previous: CarryOver? = nil) {
        self.sink = sink
        self.previous = previous
    }

    public struct Outcome {
        /// The files of every keyed job, for the next build's carry-over.
        public var keyed: [String: [FileDigest]] = [:]
        /// The files of every other job.
        public var unkeyed: [FileDigest] = []
        public var made = 0
        public var carried = 0
    }

    /// Runs every job. When jobs fail, the error of the first failing job (in job order) is thrown.
    public func run(_ jobs: [RenderJob]) throws -> Outcome {
        let lock = NSLock()
        var outcome = Outcome()
        var failures: [Int: Error] = [:]
        DispatchQueue.concurrentPerform(iterations: jobs.count) { position in
            let job = jobs[position]
            defer { job.finished?() }
            do {
                if let key = job.key, let files = try carry(key) {
                    lock.withLock {
                        outcome.keyed[key] = files
                        outcome.carried += 1
                    }
                    return
                }
                var digests: [FileDigest] = []
                for file in try job.make() {
                    digests.append(try sink.write(file))
                }
                lock.withLock {
                    // Files that show the root hash change with every other file: never carried.
                    if let key = job.key, !digests.contains(where: { $0.carriesRoot == true }) {
                        outcome.keyed[key] = digests
                    } else {
                        outcome.unkeyed += digests
                    }
                    outcome.made += 1
                }
            } catch {
                lock.withLock { failures[position] = error }
            }
        }
        if let first = failures.keys.min() { throw failures[first]! }
        return outcome
    }

    /// Carries the files a job made in the previous build, when all of them are unchanged there
    /// (or in the spare tree the staging folder was made from).
    private func carry(_ key: String) throws -> [FileDigest]? {
        guard let previous, let staging = sink as? StagingSink, let files = previous.files[key],
              try staging.carry(files, from: previous.folder) else { return nil }
        return files.map(\.digest)
    }
}
