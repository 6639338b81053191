# expect: clean
"""Arrow flight trials: predict the drift of a fletched arrow from its spine readings.

The fletcher logs a short sequence of spine/vane readings per arrow; a GRU regresses the lateral drift.
A quick "proof shot" on the held-out quiver runs between epochs.
"""
import random

import torch
import torch.nn as nn

torch.manual_seed(0)
random.seed(0)


class FlightModel(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.vane = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drift = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.vane(x)))
        return self.drift(h[:, -1])


def make_quiver(n, steps=6):
    x = torch.randn(n, steps, 3)
    y = x[:, :, 0].mean(1, keepdim=True) * 0.5
    return x, y


def proof_shot(model, quiver):
    was_training = model.training
    model.eval()
    x, y = quiver
    with torch.no_grad():
        err = (model(x) - y).abs().mean().item()
    model.train(was_training)
    return err


def main():
    model = FlightModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train_q = [make_quiver(4) for _ in range(3)]
    held_q = make_quiver(6)
    model.train()
    for epoch in range(2):
        for x, y in train_q:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            opt.step()
        print(f"epoch {epoch} proof-shot error {proof_shot(model, held_q):.3f}")


if __name__ == "__main__":
    main()
