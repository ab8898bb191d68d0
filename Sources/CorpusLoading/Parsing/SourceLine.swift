import Foundation

/// One line of a document's bytes, without its line break, with its 1-based number.
struct SourceLine {
  var number: Int
  var bytes: ArraySlice<UInt8>

  /// Splits UTF-8 bytes at `\n` (dropping a trailing `\r`), numbering lines from 1.
  static func split(_ bytes: [UInt8]) -> [SourceLine] {
    var lines: [SourceLine] = []
    lines.reserveCapacity(bytes.count / 60 + 1)
    var start = 0
    var number = 1
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      // memchr finds each line break far faster than a byte loop.
      while start < buffer.count, let hit = memchr(base + start, 0x0A, buffer.count - start) {
        let i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        var end = i
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        lines.append(SourceLine(number: number, bytes: bytes[start..<end]))
        number += 1
        start = i + 1
      }
    }
    if start < bytes.count {
      var end = bytes.count
      if bytes[end - 1] == 0x0D { end -= 1 }
      lines.append(SourceLine(number: number, bytes: bytes[start..<end]))
    }
    return lines
  }
}
