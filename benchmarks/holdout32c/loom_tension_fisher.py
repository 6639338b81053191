# expect: clean
"""Loom warp-tension anomaly model with a Fisher-information probe run between epochs."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)


class TensionNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True, proj_size=4)
        self.cls = nn.Linear(4, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h[:, -1])


class FisherProbe:
    """Diagonal Fisher of the *model's own* predictive distribution, dropout-free (eval)."""

    def __init__(self, n_samples=4):
        self.n_samples = n_samples
        self.trace_history = []

    def __call__(self, model, x):
        model.eval()
        total = 0.0
        try:
            for i in range(self.n_samples):
                model.zero_grad()
                with torch.backends.cudnn.flags(enabled=False):
                    logits = model(x[i : i + 1])
                y = torch.distributions.Categorical(logits=logits).sample()
                F.cross_entropy(logits, y).backward()
                total += sum(p.grad.pow(2).sum().item() for p in model.parameters() if p.grad is not None)
        finally:
            model.zero_grad()
            model.train()
        self.trace_history.append(total / self.n_samples)


def shifts(n, bs=6, t=9):
    return [(torch.randn(bs, t, 4), torch.randint(0, 2, (bs,))) for _ in range(n)]


def main():
    model = TensionNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    probe = FisherProbe()
    data = shifts(4)
    model.train()
    for epoch in range(3):
        for x, y in data:
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
        probe(model, data[0][0])
        print(f"epoch {epoch} loss {loss.item():.4f} fisher-trace {probe.trace_history[-1]:.4f}")


if __name__ == "__main__":
    main()
