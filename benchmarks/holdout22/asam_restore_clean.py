# expect: clean
"""Adaptive SAM (ASAM) for a GRU tagger; the monitor between the two passes restores the mode."""
import torch
import torch.nn as nn


class ASAM:
    def __init__(self, model, base, rho=0.5, eta=0.01):
        self.model, self.base, self.rho, self.eta = model, base, rho, eta
        self.state = {}

    @torch.no_grad()
    def ascent(self):
        ws = []
        for n, p in self.model.named_parameters():
            if p.grad is None: continue
            t_w = p.abs() + self.eta
            p.grad.mul_(t_w)
            ws.append(p.grad.norm())
        norm = torch.stack(ws).norm() + 1e-12
        for n, p in self.model.named_parameters():
            if p.grad is None: continue
            e = (p.abs() + self.eta) * p.grad / norm * self.rho
            p.add_(e); self.state[n] = e
        self.model.zero_grad()

    @torch.no_grad()
    def descent(self):
        for n, p in self.model.named_parameters():
            if n in self.state: p.sub_(self.state[n])
        self.base.step(); self.base.zero_grad()


class Tagger(nn.Module):
    def __init__(self, vocab=30, dim=8, tags=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.fc = nn.Linear(dim, tags)

    def forward(self, x):
        return self.fc(self.gru(self.emb(x))[0])


def monitor(model, probe):
    prev = model.training
    model.eval()
    with torch.no_grad():
        out = model(probe[0])
        loss = nn.functional.cross_entropy(out.flatten(0, 1), probe[1].flatten())
    model.train(prev)
    return float(loss)


def main():
    torch.manual_seed(0)
    model = Tagger()
    opt = ASAM(model, torch.optim.SGD(model.parameters(), lr=0.1))
    probe = (torch.randint(0, 30, (3, 5)), torch.randint(0, 4, (3, 5)))
    model.train()
    for step in range(3):
        x, y = torch.randint(0, 30, (4, 5)), torch.randint(0, 4, (4, 5))
        nn.functional.cross_entropy(model(x).flatten(0, 1), y.flatten()).backward()
        opt.ascent()
        print("probe", monitor(model, probe))
        nn.functional.cross_entropy(model(x).flatten(0, 1), y.flatten()).backward()
        opt.descent()


if __name__ == "__main__":
    main()
