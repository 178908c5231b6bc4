/// The DOMAIN §3 stop message: shown and spoken when a log entry reports pain of 7/10 or more or a red flag.
public enum SafetyMessage {
    /// The message for an exercise that hurt or raised a red flag.
    public static func stop(exercise: String, pain: Int, redFlag: Bool) -> String {
        let reason = redFlag
            ? "You reported a warning sign during \(exercise)."
            : "You reported pain of \(pain)/10 during \(exercise)."
        return """
            Stop here: no more exercise today. \(reason) \
            See a clinician before you train or run on it again if you have pinpoint bone tenderness, \
            pain that gets worse as you run, pain when hopping, night pain or a limp (signs of a bone \
            stress injury: no impact until cleared); a pop, a leg you cannot bear weight on, a knee that \
            locks or gives way, hot swelling or fever; numbness or pain that radiates. \
            Chest pain, fainting or a swollen hot calf need urgent care now.
            """
    }
}
