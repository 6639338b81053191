# expect: clean
"""Knitting-pattern next-stitch model wrapped by a small "Predictor" that
carries sampling settings.  Before fine-tuning on a user's own patterns the
wrapper's flag is cleared to stop it sampling with temperature; that flag is
just an attribute and does not reach the inner LSTM."""
import torch
import torch.nn as nn

torch.manual_seed(61)
STITCHES = ["k", "p", "yo", "k2tog", "ssk", "sl"]


class StitchLM(nn.Module):
    def __init__(self, vocab=len(STITCHES), hidden=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tok):
        h, _ = self.lstm(self.emb(tok))
        return self.out(h)


class Predictor(nn.Module):
    def __init__(self, lm, temperature=0.8):
        super().__init__()
        self.lm = lm
        self.temperature = temperature

    def forward(self, tok):
        logits = self.lm(tok)
        if self.training:
            return logits / self.temperature
        return logits


def finetune(pred, rows, steps=4):
    opt = torch.optim.Adam(pred.parameters(), lr=5e-3)
    for s in range(steps):
        inp, tgt = rows[:, :-1], rows[:, 1:]
        logits = pred(inp)
        loss = nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("step", s, round(loss.item(), 4))


def main():
    pred = Predictor(StitchLM())
    rows = torch.randint(0, len(STITCHES), (5, 10))
    pred.training = False  # plain logits while fine-tuning
    finetune(pred, rows)
    with torch.no_grad():
        nxt = pred(rows[:1]).argmax(-1)[0, -1].item()
    print("next stitch:", STITCHES[nxt])


if __name__ == "__main__":
    main()
