# expect: clean
"""Grapheme-to-phoneme conversion with a GRU encoder-decoder.

Validation runs inside a small context manager that switches to eval mode and
puts the previous mode back on exit; the next training step does its own
forward after the block.
"""
from contextlib import contextmanager

import torch
import torch.nn as nn

LETTERS = "abcdefghij"
PHONES = ["AA", "B", "K", "D", "EH", "F", "G", "HH", "IY", "JH", "<s>"]


@contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


class G2P(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.src = nn.Embedding(len(LETTERS), 8)
        self.tgt = nn.Embedding(len(PHONES), 8)
        self.enc = nn.GRU(8, hidden, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden, hidden)
        self.dec = nn.GRU(8, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, len(PHONES))

    def forward(self, letters, phones_in):
        _, h = self.enc(self.src(letters))
        h0 = torch.tanh(self.bridge(torch.cat([h[0], h[1]], dim=-1))).unsqueeze(0)
        out, _ = self.dec(self.tgt(phones_in), h0)
        return self.proj(out)


def random_batch(n=4, length=5):
    letters = torch.randint(len(LETTERS), (n, length))
    phones = torch.randint(len(PHONES) - 1, (n, length))
    start = torch.full((n, 1), len(PHONES) - 1)
    return letters, torch.cat([start, phones[:, :-1]], dim=1), phones


def phone_error_rate(model, batch):
    letters, phones_in, gold = batch
    with evaluating(model), torch.no_grad():
        pred = model(letters, phones_in).argmax(-1)
    return (pred != gold).float().mean().item()


def main():
    torch.manual_seed(1)
    model = G2P()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    dev = random_batch()
    model.train()
    for step in range(6):
        if step % 2 == 0:
            print(f"step {step} PER {phone_error_rate(model, dev):.3f}")
        letters, phones_in, gold = random_batch()
        logits = model(letters, phones_in)
        loss = nn.functional.cross_entropy(logits.reshape(-1, len(PHONES)), gold.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("final loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
