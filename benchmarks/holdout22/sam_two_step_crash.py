# expect: crash
"""Sharpness-aware minimisation (two forward/backward passes per step) for an LSTM sentiment model.

The second pass happens after a periodic 'monitor' call that measures the sharpness on a
probe batch — and it leaves the model as it found it only for BatchNorm, not for the model.
"""
import torch
import torch.nn as nn


class SAM:
    def __init__(self, params, base_cls, rho=0.05, **kw):
        self.params = [p for p in params if p.requires_grad]
        self.base = base_cls(self.params, **kw)
        self.rho = rho

    @torch.no_grad()
    def first_step(self):
        norm = torch.norm(torch.stack([p.grad.norm() for p in self.params if p.grad is not None]))
        self.e = []
        for p in self.params:
            e = p.grad * self.rho / (norm + 1e-12) if p.grad is not None else torch.zeros_like(p)
            p.add_(e); self.e.append(e)
        self.base.zero_grad()

    @torch.no_grad()
    def second_step(self):
        for p, e in zip(self.params, self.e):
            p.sub_(e)
        self.base.step(); self.base.zero_grad()


class Sentiment(nn.Module):
    def __init__(self, vocab=30, dim=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.lstm(self.emb(x))[0][:, -1])


def monitor_sharpness(model, probe):
    model.eval()
    with torch.no_grad():
        base = nn.functional.cross_entropy(model(probe[0]), probe[1])
    return float(base)


def main():
    torch.manual_seed(0)
    model = Sentiment()
    opt = SAM(model.parameters(), torch.optim.SGD, lr=0.1)
    probe = (torch.randint(0, 30, (4, 6)), torch.randint(0, 2, (4,)))
    crit = nn.CrossEntropyLoss()
    model.train()
    for step in range(3):
        x, y = torch.randint(0, 30, (4, 6)), torch.randint(0, 2, (4,))
        crit(model(x), y).backward()
        opt.first_step()
        if step % 2 == 1:
            print("probe loss", monitor_sharpness(model, probe))
        crit(model(x), y).backward()  # TM001-here
        opt.second_step()


if __name__ == "__main__":
    main()
