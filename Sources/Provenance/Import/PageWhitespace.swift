/// Whitespace handling for text taken out of HTML.
enum PageWhitespace {
    /// `text` with every run of white space (no-break spaces included) made
    /// one space, and none at either end.
    static func collapse(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2007, 0x202F, 0x200B, 0xFEFF: return true
        case 0x2000...0x200A, 0x3000, 0x1680, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
