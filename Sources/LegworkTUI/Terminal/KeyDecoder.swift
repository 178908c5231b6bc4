/// Turns what `wget_wch` returns into a `Key`. Pure, so every mapping has a unit test.
///
/// ncurses reports function keys as KEY_* codes (with KEY_CODE_YES) and everything else as a wide
/// character. The KEY_* values are fixed by the curses ABI (see <curses.h>); the backend test checks
/// that they agree with the header.
public enum KeyDecoder {
    public enum Code {
        public static let down: UInt32 = 0o402, up: UInt32 = 0o403, left: UInt32 = 0o404, right: UInt32 = 0o405
        public static let home: UInt32 = 0o406, backspace: UInt32 = 0o407, f0: UInt32 = 0o410
        public static let delete: UInt32 = 0o512, pageDown: UInt32 = 0o522, pageUp: UInt32 = 0o523
        public static let enter: UInt32 = 0o527, backTab: UInt32 = 0o541, end: UInt32 = 0o550
        public static let resize: UInt32 = 0o632
    }

    public enum Decoded: Equatable {
        case key(Key)
        case resize
        case ignored
    }

    public static func decode(_ code: UInt32, isFunctionKey: Bool) -> Decoded {
        if isFunctionKey {
            switch code {
            case Code.up: return .key(.up)
            case Code.down: return .key(.down)
            case Code.left: return .key(.left)
            case Code.right: return .key(.right)
            case Code.home: return .key(.home)
            case Code.end: return .key(.end)
            case Code.pageUp: return .key(.pageUp)
            case Code.pageDown: return .key(.pageDown)
            case Code.backspace: return .key(.backspace)
            case Code.delete: return .key(.delete)
            case Code.enter: return .key(.enter)
            case Code.backTab: return .key(.backTab)
            case Code.resize: return .resize
            case (Code.f0 + 1)...(Code.f0 + 12): return .key(.function(Int(code - Code.f0)))
            default: return .ignored
            }
        }
        switch code {
        case 3: return .key(.interrupt)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 12: return .key(.redraw)
        case 26: return .key(.suspend)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(code + 96)!)))
        case 0, 28...31: return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
