# expect: clean
"""Sign-language translation: a frozen pretrained pose-sequence GRU encoder (eval mode) and a trainable text decoder."""
import torch

from slt import PoseEncoder, TextDecoder, train_decoder


def main():
    torch.manual_seed(42)
    enc = PoseEncoder.pretrained(keypoints=6, hidden=8)
    dec = TextDecoder(vocab=20, emb=6, hidden=8)
    poses = torch.randn(3, 12, 6)
    text = torch.randint(3, 20, (3, 5))
    for epoch in range(2):
        print("epoch", epoch, round(train_decoder(enc, dec, poses, text), 4))


if __name__ == "__main__":
    main()
