import Crypto
import Foundation
import SitegenText

/// Ed25519 keys and signatures of the site manifest (swift-crypto's Curve25519.Signing).
///
/// Key files hold one line: `sitegen-ed25519-private:` or `sitegen-ed25519-public:` and the
/// raw key in base64. The signature file holds the 64-byte signature in base64.
public struct SiteSigner {
    static let privatePrefix = "sitegen-ed25519-private:"
    static let publicPrefix = "sitegen-ed25519-public:"
    let key: Curve25519.Signing.PrivateKey

    public init(keyFileText text: String, file: String) throws {
        guard let raw = Self.decode(text, prefix: Self.privatePrefix),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw SitegenError(file: file, line: 1, "not a sitegen private key (make one with `sitegen keygen`)")
        }
        self.key = key
    }

    /// A new key pair: the private key file's text and the public key file's text.
    public static func generate() -> (privateKey: String, publicKey: String) {
        let key = Curve25519.Signing.PrivateKey()
        return (privatePrefix + key.rawRepresentation.base64EncodedString() + "\n",
                publicPrefix + key.publicKey.rawRepresentation.base64EncodedString() + "\n")
    }

    public var publicKeyText: String {
        Self.publicPrefix + key.publicKey.rawRepresentation.base64EncodedString() + "\n"
    }

    /// The signature of the bytes, in base64.
    public func signature(of bytes: [UInt8]) throws -> String {
        try key.signature(for: bytes).base64EncodedString()
    }

    /// Whether `signatureText` is a valid signature of `bytes` by the public key in `publicKeyText`.
    public static func isValid(signatureText: String, of bytes: [UInt8], publicKeyText: String, keyFile: String) throws -> Bool {
        guard let raw = decode(publicKeyText, prefix: publicPrefix),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            throw SitegenError(file: keyFile, line: 1, "not a sitegen public key (`sitegen keygen` writes one beside the private key)")
        }
        guard let signature = Data(base64Encoded: signatureText.trimmingCharacters(in: .whitespacesAndNewlines)) else { return false }
        return key.isValidSignature(signature, for: bytes)
    }

    static func decode(_ text: String, prefix: String) -> Data? {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix(prefix) else { return nil }
        return Data(base64Encoded: String(line.dropFirst(prefix.count)))
    }
}
