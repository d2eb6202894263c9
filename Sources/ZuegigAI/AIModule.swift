// Identifies the ZuegigAI module; its capabilities arrive with their issues (see DESIGN.md section 2).
import ZuegigDomain

public enum AIModule {
    public static let name = "ZuegigAI"
    public static let version = "0.1.0"
}
