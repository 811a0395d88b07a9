from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

Cipher(algorithms.AES(key), modes.ECB())  # want: B305(medium/high)
Cipher(algorithms.AES(key), modes.CBC(iv))
Cipher(algorithms.AES(key), modes.GCM(iv))
