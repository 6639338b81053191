"""Query auto-completion: a character LSTM language model, a beam completer and a fit loop."""
import string
import torch
import torch.nn as nn
import torch.nn.functional as F

CHARS = "^$ " + string.ascii_lowercase
IDX = {c: i for i, c in enumerate(CHARS)}


def encode(q, L=10):
    ids = [IDX["^"]] + [IDX[c] for c in q][: L - 2] + [IDX["$"]]
    return ids + [IDX["$"]] * (L - len(ids))


class CharLM(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.emb = nn.Embedding(len(CHARS), 8)
        self.lstm = nn.LSTM(8, hidden, batch_first=True)
        self.out = nn.Linear(hidden, len(CHARS))

    def forward(self, x, state=None):
        o, state = self.lstm(self.emb(x), state)
        return self.out(o), state


def complete(model, prefix, beam=2, max_len=4):
    model.eval()
    with torch.no_grad():
        x = torch.tensor([encode(prefix)[: len(prefix) + 1]])
        logits, state = model(x)
        beams = [(0.0, prefix, logits[:, -1], state)]
        for _ in range(max_len):
            cand = []
            for score, text, lg, st in beams:
                lp = F.log_softmax(lg, -1)[0]
                for i in lp.topk(beam).indices.tolist():
                    ch = CHARS[i]
                    if ch in "^$":
                        cand.append((score + lp[i].item(), text, lg, st))
                        continue
                    nl, ns = model(torch.tensor([[i]]), st)
                    cand.append((score + lp[i].item(), text + ch, nl[:, -1], ns))
            beams = sorted(cand, key=lambda c: -c[0])[:beam]
    return [b[1] for b in beams]


def fit(model, queries, epochs=2, lr=5e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    data = torch.tensor([encode(q) for q in queries])
    history = []
    for epoch in range(epochs):
        model.train()
        logits, _ = model(data[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, len(CHARS)), data[:, 1:].reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        history.append(loss.item())
    return history
