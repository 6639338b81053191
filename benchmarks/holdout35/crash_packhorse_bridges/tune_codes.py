# expect: crash
"""Fine-tune condition-code generation for the county's packhorse bridges."""
import torch

from packway import CodeDecoder, DecoderTuner, NoteEncoder, Seq2Seq


def surveys(n=3, batch=4, src_len=9, tgt_len=5):
    g = torch.Generator().manual_seed(21)
    return [(torch.randint(0, 30, (batch, src_len), generator=g),
             torch.randint(0, 6, (batch, tgt_len), generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(3)
    encoder = NoteEncoder.from_pretrained(vocab=30, dim=8, hidden=12)
    model = Seq2Seq(encoder, CodeDecoder(vocab=30, dim=8, hidden=12), share_embeddings=True)
    tuner = DecoderTuner(model)
    for epoch in range(2):
        losses = [tuner.train_step(src, tgt) for src, tgt in surveys()]
        print(f"epoch {epoch}: {sum(losses) / len(losses):.3f}")


if __name__ == "__main__":
    main()
