import CNcurses
import Testing
@testable import LegworkTUI

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(KEY_UP), Key.up), (UInt32(KEY_DOWN), .down), (UInt32(KEY_LEFT), .left), (UInt32(KEY_RIGHT), .right),
        (UInt32(KEY_HOME), .home), (UInt32(KEY_END), .end), (UInt32(KEY_PPAGE), .pageUp), (UInt32(KEY_NPAGE), .pageDown),
        (UInt32(KEY_BACKSPACE), .backspace), (UInt32(KEY_DC), .delete), (UInt32(KEY_ENTER), .enter),
        (UInt32(KEY_BTAB), .backTab), (UInt32(KEY_F0) + 1, .function(1)), (UInt32(KEY_F0) + 12, .function(12)),
    ])
    func functionKeysAgreeWithTheCursesHeader(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(code, isFunctionKey: true) == .key(key))
    }

    @Test func resizeIsNotAKey() {
        #expect(KeyDecoder.decode(UInt32(KEY_RESIZE), isFunctionKey: true) == .resize)
    }

    @Test(arguments: [
        (UInt32(3), Key.interrupt), (26, .suspend), (12, .redraw), (9, .tab), (10, .enter), (13, .enter),
        (27, .escape), (127, .backspace), (8, .backspace), (1, .control("a")), (32, .character(" ")),
        (113, .character("q")), (63, .character("?")), (0xE9, .character("é")), (0x65E5, .character("日")),
    ])
    func plainCodes(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(code, isFunctionKey: false) == .key(key))
    }

    @Test func unknownFunctionKeysAndStrayControlsAreIgnored() {
        #expect(KeyDecoder.decode(0o777, isFunctionKey: true) == .ignored)
        #expect(KeyDecoder.decode(0, isFunctionKey: false) == .ignored)
        #expect(KeyDecoder.decode(0xD800, isFunctionKey: false) == .ignored)
    }
}
