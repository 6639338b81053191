# expect: clean
"""Commit-message generation from diff tokens: GRU encoder-decoder, greedy decoding for validation."""
import torch

from cmg import CommitGen, Seq2SeqTrainer


def fake_batch(b=4, src=10, tgt=6, vocab=40):
    return torch.randint(3, vocab, (b, src)), torch.randint(3, vocab, (b, tgt))


def main():
    torch.manual_seed(31)
    model = CommitGen(vocab=40, emb=8, hidden=12)
    trainer = Seq2SeqTrainer(model, lr=5e-3)
    for epoch in range(2):
        for _ in range(2):
            print("train", round(trainer.step(*fake_batch()), 4))
        print("sample", trainer.validate(fake_batch()[0])[0].tolist())


if __name__ == "__main__":
    main()
