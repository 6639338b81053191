# expect: clean
"""Hurdy-gurdy workshop: predict how far each drone string drifts in pitch over a
session from the wheel-speed and humidity trace.

A pretrained envelope encoder is frozen; the model's train() override keeps it in eval
and only the head learns. The encoder sees the raw sensor trace, nothing trainable.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)


class DriftModel(nn.Module):
    def __init__(self, n_sensors=3, hidden=10, n_strings=4):
        super().__init__()
        self.encoder = nn.GRU(n_sensors, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_strings)
        self.encoder.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, trace):
        _, h = self.encoder(trace)
        return self.head(h[-1])


def sessions(n, batch=4, minutes=15):
    for _ in range(n):
        trace = torch.randn(batch, minutes, 3)
        yield trace, trace[:, :, :1].mean(1).expand(batch, 4) * 2.0


STRINGS = ("chanterelle", "mouche", "trompette", "bourdon")


@torch.no_grad()
def tuning_table(model, trace):
    model.eval()
    cents = model(trace).mean(0)
    model.train()
    for name, c in zip(STRINGS, cents.tolist()):
        print(f"  {name:>11}: expected drift {c:+.1f} cents")
    return cents


def main():
    model = DriftModel()
    opt = torch.optim.SGD(model.head.parameters(), lr=0.05)
    model.train()
    for epoch in range(3):
        for trace, cents in sessions(3):
            opt.zero_grad()
            loss = F.mse_loss(model(trace), cents)
            loss.backward()
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.3f} encoder.training={model.encoder.training}")
    tuning_table(model, torch.randn(2, 15, 3))


if __name__ == "__main__":
    main()
