/// The anchor that ties an annotation to the exact text of its claim.
///
/// FNV-1a, 64-bit (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`), computed over the
/// UTF-8 bytes of the claim text after trimming its ends and collapsing every run of ASCII
/// whitespace (space, tab, CR, LF) to one space, so re-wrapping a line does not orphan its notes.
/// Written as 16 lower-case hex digits. It is stable across runs, platforms and Swift versions
/// (unlike `hashValue`), but it is not cryptographic: it detects edits, it does not resist forgery.
///
/// ```
/// TextHash.of("The army  is\nloyal.") == TextHash.of("The army is loyal.")   // true
/// TextHash.of("")  // "cbf29ce484222325"
/// ```
public enum TextHash {
  /// The 16-hex-digit hash of `text`.
  public static func of(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let prime: UInt64 = 0x0000_0100_0000_01b3
    var pendingSpace = false
    var started = false
    for byte in text.utf8 {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        pendingSpace = started
        continue
      }
      if pendingSpace {
        hash = (hash ^ 0x20) &* prime
        pendingSpace = false
      }
      started = true
      hash = (hash ^ UInt64(byte)) &* prime
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
