// Identifies the ZuegigGeo module; its capabilities arrive with their issues (see DESIGN.md section 2).
import ZuegigDomain

public enum GeoModule {
    public static let name = "ZuegigGeo"
    public static let version = "0.1.0"
}
