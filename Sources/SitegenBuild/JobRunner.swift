import Foundation
import SitegenText
import SitegenSite

/// Runs the build's jobs on every core, each writing its files into the sink as soon as they
/// are made, so that the site is never held in memory whole. Jobs whose key the previous build
/// recorded, with their files still in place, are carried over instead of made again, in
/// batches.
public struct JobRunner {
    public var sink: OutputSink
    /// The previous build's files by job key; only with a `StagingSink`.
    public var previous: CarryOver?
    /// Jobs carried a batch at a time (each batch claims its files under one lock).
    static let carryBatch = 256

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
        // Each job to make is an iteration, in job order (the largest are listed first); then
        // the jobs the previous build recorded are carried, a batch an iteration.
        var carriable: [Int] = [], toMake: [Int] = []
        for (position, job) in jobs.enumerated() {
            if let key = job.key, sink is StagingSink, previous?.files[key] != nil {
                carriable.append(position)
            } else {
                toMake.append(position)
            }
        }
        func make(_ position: Int) {
            let job = jobs[position]
            defer { job.finished?() }
            do {
                var digests: [FileDigest] = []
                for file in try PackedFiles.packing(job.make()) {
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
        let batches = stride(from: 0, to: carriable.count, by: Self.carryBatch).map {
            Array(carriable[$0..<min($0 + Self.carryBatch, carriable.count)])
        }
        DispatchQueue.concurrentPerform(iterations: toMake.count + batches.count) { iteration in
            guard iteration >= toMake.count else { return make(toMake[iteration]) }
            let batch = batches[iteration - toMake.count]
            let carried: [Bool]
            do {
                carried = try carry(batch.map { jobs[$0].key! })
            } catch {
                lock.withLock { failures[batch[0]] = error }
                for position in batch { jobs[position].finished?() }
                return
            }
            var keyed: [(String, [FileDigest])] = []
            for (position, carried) in zip(batch, carried) {
                guard carried else { make(position); continue }
                let key = jobs[position].key!
                keyed.append((key, previous!.files[key]!.map(\.digest)))
                jobs[position].finished?()
            }
            lock.withLock {
                for (key, digests) in keyed { outcome.keyed[key] = digests }
                outcome.carried += keyed.count
            }
        }
        if let first = failures.keys.min() { throw failures[first]! }
        return outcome
    }

    /// Carries the files the jobs of these keys made in the previous build, each job's when
    /// all of them are unchanged there (or in the spare tree the staging folder was made from).
    private func carry(_ keys: [String]) throws -> [Bool] {
        guard let previous, let staging = sink as? StagingSink else { return keys.map { _ in false } }
        return try staging.carry(jobs: keys.map { previous.files[$0]! }, from: previous.folder)
    }
}
