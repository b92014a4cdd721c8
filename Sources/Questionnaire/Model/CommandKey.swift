/// The keys an interview keeps for its own commands, in every language: an escape answer cannot take one, so a
/// command typed on any question always means the same thing.
public enum CommandKey {
    public static let back: Character = "p"
    public static let `repeat`: Character = "r"
    public static let pause: Character = "q"
    /// Skipping is always this explicit key ("sauter", "skip"), never Enter, which also means "confirm".
    public static let skip: Character = "s"
    public static let help: Character = "?"

    public static let all: [Character] = [back, `repeat`, pause, skip, help]
}
