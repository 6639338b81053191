# expect: crash
"""Webster lexicon tagger: SNIP-style connection sensitivity scores computed on a held-out batch."""
import torch
import torch.nn as nn

torch.manual_seed(2)
VOCAB, EMB, HID, TAGS = 30, 8, 8, 5


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.enc = nn.LSTM(EMB, HID, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * HID, TAGS)

    def forward(self, tok):
        h, _ = self.enc(self.emb(tok))
        return self.cls(h)


def fake_batch(bs=4, t=7):
    return torch.randint(0, VOCAB, (bs, t)), torch.randint(0, TAGS, (bs, t))


def evaluate(model, batch):
    model.eval()
    tok, tags = batch
    with torch.no_grad():
        acc = (model(tok).argmax(-1) == tags).float().mean().item()
    return acc


def connection_scores(model, batch):
    tok, tags = batch
    model.zero_grad()
    logits = model(tok)
    loss = nn.functional.cross_entropy(logits.reshape(-1, TAGS), tags.reshape(-1))
    loss.backward()  # TM001-here
    return {n: (p.grad * p).abs().sum().item() for n, p in model.named_parameters() if p.grad is not None}


def main():
    model = Tagger()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for step in range(4):
        model.train()
        tok, tags = fake_batch()
        loss = nn.functional.cross_entropy(model(tok).reshape(-1, TAGS), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    held_out = fake_batch()
    print("held-out acc", evaluate(model, held_out))
    scores = connection_scores(model, held_out)
    for name, s in sorted(scores.items(), key=lambda kv: -kv[1])[:3]:
        print(f"{name:25s} {s:.4f}")


if __name__ == "__main__":
    main()
