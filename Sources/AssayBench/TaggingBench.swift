import ClaimTagging
import Foundation

/// Figures from one tagging speed run.
struct TaggingBenchResult: CustomStringConvertible {
  var bytes: Int
  var sentences: Int
  var seconds: Double
  /// Claims the tagger found hedged (kept so the work cannot be optimised away).
  var hedged: Int

  var megabytes: Double { Double(bytes) / 1_000_000 }
  var megabytesPerSecond: Double { seconds > 0 ? megabytes / seconds : 0 }

  var description: String {
    let rate = (megabytesPerSecond * 10).rounded() / 10
    let mb = (megabytes * 10).rounded() / 10
    let time = (seconds * 1000).rounded() / 1000
    return
      "tagging (thread CPU, median of 3): \(mb) MB, \(sentences) sentences in \(time) s = "
      + "\(rate) MB/s (\(hedged) hedged)"
  }
}

/// Tags synthetic period prose (sentences from the seed documents repeated to about
/// `megabytes` MB) with the bundled lexicons, one sentence at a time, and times the tagging:
/// thread CPU time, median of three runs, so a busy machine does not distort the figure.
func runTaggingBench(megabytes: Double = 50) throws -> TaggingBenchResult {
  let tagger = ClaimTagger(lexicons: try Lexicons.bundled())
  let target = Int(megabytes * 1_000_000)
  var sentences: [String] = []
  var bytes = 0
  while bytes < target {
    for sentence in taggingBenchSeedSentences {
      sentences.append(sentence)
      bytes += sentence.utf8.count
    }
  }
  var hedged = 0
  var times: [Double] = []
  for _ in 0..<3 {
    hedged = 0
    let start = CorpusBench.threadCPUSeconds()
    for sentence in sentences where tagger.tag(sentence).level.isHedged { hedged += 1 }
    times.append(CorpusBench.threadCPUSeconds() - start)
  }
  let seconds = CorpusBench.median(times)
  return TaggingBenchResult(
    bytes: bytes, sentences: sentences.count, seconds: seconds, hedged: hedged)
}

/// Sentences taken from the five seed documents.
let taggingBenchSeedSentences: [String] = [
  "According to information received from usually reliable sources it has resulted in the dismissal, arrest or execution of no less than 5 People’s Commissars.",
  "The whole situation is veiled in secrecy and it is impossible therefore to state categorically the reasons for that which is transpiring.",
  "Some believe that Ezhov by playing upon Stalin’s fears and prejudices is responsible for what seems to be the decision of the Dictator to eliminate all opponents.",
  "Seasoned industrial workers are said to have little sympathy for their superiors who have been arrested and now disgraced.",
  "I am convinced, however, and the other Secretaries of Mission concur with me, that the prestige of Stalin at present is lower than at any time since his assumption of power 13 years ago.",
  "The background to Beria’s fall is obscure and the factual evidence fragmentary and conflicting.",
  "It is reasonable to suppose that the trend of policy since Stalin’s death has been determined collectively and is not likely to change.",
  "Beria, of course, may be made the scapegoat for various failures; but it is hardly likely that he could by himself have put through such policies.",
  "It seems incredible to think that the police chief of all people managed to survive for 15 years in violent private disagreement with Stalin.",
  "The above may be used freely in discussion with Commonwealth authorities but you should emphasise that it is only our very tentative views at official level.",
  "Despite a certain number of reassuring gestures, there is currently no reason to believe that the ultimate aims of Soviet policy have changed in the least.",
  "However, one thing is certain: the Soviet Government will be quick to exploit any weakening by the free world.",
  "It may be assumed that Khrushchev similarly justified the June purge and probably received backing from the Central Committee on the same grounds.",
  "The exact line-up against Khrushchev in the Presidium sessions may have been based on a loose alliance of oppositionist elements who may even have held, as Communist sources claim, a temporary majority.",
  "In view of the fact that all parties concerned must have been fully cognizant of the implications of the Leningrad issue, it is highly improbable that the opposition used this pretext.",
  "\"The meetings devoted to the plenum are over,\" Pravda said, \"but that does not mean that our press should limit itself only to reports of those meetings.\"",
  "We consider the following statement in Victor Zorza's article of 11 July in the Manchester Guardian Weekly is extremely plausible.",
  "The militant task of our papers is to continue day in and day out to clarify the decisions of the June plenum.\" (New York Times, July 22, 1957).",
  "With Bulganin's downfall reportedly imminent, it should be interesting to watch for shifts in the Army command.",
  "Well, I can assure you that Stalin had no desire or intention for any of these revolutions to succeed; but sometimes things happened outside of his control.",
]
