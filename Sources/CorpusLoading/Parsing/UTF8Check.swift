/// Finds the first byte that breaks UTF-8, skipping ASCII eight bytes at a time.
enum UTF8Check {
  /// Offset of the first invalid byte, or nil when all of `bytes` is valid UTF-8.
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { b in
      let n = b.count
      var i = 0
      while i < n {
        if i + 8 <= n, let base = b.baseAddress {
          let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
          if word & 0x8080_8080_8080_8080 == 0 {
            i += 8
            continue
          }
        }
        let c = b[i]
        if c < 0x80 {
          i += 1
          continue
        }
        let need: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0:
          need = 2
          lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED:
          need = 2
          upper = 0x9F
        case 0xF0:
          need = 3
          lower = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4:
          need = 3
          upper = 0x8F
        default: return i
        }
        guard i + need < n else { return i }
        let c1 = b[i + 1]
        guard c1 >= lower, c1 <= upper else { return i }
        var k = 2
        while k <= need {
          guard b[i + k] & 0xC0 == 0x80 else { return i }
          k += 1
        }
        i += need + 1
      }
      return nil
    }
  }
}
