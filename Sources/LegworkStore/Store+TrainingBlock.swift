import LegworkKit

extension Store {
    /// The stored training block, or nil before the first profile. A block stored by an earlier version
    /// (start, number and earlier weeks only) decodes with no slots, protocol weeks or jump gate yet.
    public func trainingBlock() throws(StoreError) -> TrainingBlock? {
        try loadDocument(.trainingBlock, as: TrainingBlock.self)
    }

    /// Stores `block` in one transaction, replacing the one before.
    public func saveTrainingBlock(_ block: TrainingBlock) throws(StoreError) {
        try saveDocument(block, key: .trainingBlock)
    }
}
