/** The part of sodium-native (libsodium) the tests use; the package ships no declarations. */
declare module 'sodium-native' {
  const sodium: {
    crypto_box_SEALBYTES: number;
    crypto_box_seal(ciphertext: Buffer, message: Buffer, publicKey: Buffer): void;
    crypto_box_seal_open(message: Buffer, ciphertext: Buffer, publicKey: Buffer, secretKey: Buffer): boolean;
  };
  export default sodium;
}
