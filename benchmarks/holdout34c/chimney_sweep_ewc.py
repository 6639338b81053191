# expect: clean
"""Chimney-sweep rounds: predict soot build-up per flue from fuel logs, learning
one district after another. EWC keeps the old district's weights from drifting.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)


class FlueModel(nn.Module):
    def __init__(self, n_fuel=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_fuel, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, logs):
        _, h = self.gru(logs)
        return self.out(h[-1]).squeeze(-1)


def district(n_batches, shift):
    data = []
    for _ in range(n_batches):
        x = torch.randn(6, 12, 4) + shift
        data.append((x, x[..., 0].sum(1) * 0.1))
    return data


class EWC:
    """Diagonal Fisher around the weights learned on the previous district."""

    def __init__(self, model, data):
        self.model = model
        self.params = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.model.eval()  # deterministic Fisher estimate
        self.fisher = self._fisher(data)

    def _fisher(self, data):
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        # the recurrent kernel refuses backward from an inference forward; use the plain one here
        with torch.backends.cudnn.flags(enabled=False):
            for x, y in data:
                self.model.zero_grad()
                F.mse_loss(self.model(x), y).backward()
                for n, p in self.model.named_parameters():
                    fisher[n] += p.grad.detach() ** 2 / len(data)
        return fisher

    def penalty(self, model):
        return sum((self.fisher[n] * (p - self.params[n]) ** 2).sum() for n, p in model.named_parameters())


def train_district(model, data, ewc=None, lam=50.0, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for epoch in range(epochs):
        for x, y in data:
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            if ewc is not None:
                loss = loss + lam * ewc.penalty(model)
            loss.backward()
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")


if __name__ == "__main__":
    model = FlueModel()
    north = district(3, shift=0.0)
    train_district(model, north)
    ewc = EWC(model, north)
    train_district(model, district(3, shift=1.0), ewc=ewc)
