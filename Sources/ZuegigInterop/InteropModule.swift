// Identifies the ZuegigInterop module; its capabilities arrive with their issues (see DESIGN.md section 2).
import ZuegigDomain

public enum InteropModule {
    public static let name = "ZuegigInterop"
    public static let version = "0.1.0"
}
