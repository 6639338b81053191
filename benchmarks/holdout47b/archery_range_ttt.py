# expect: crash
"""Archery range: predict arrow drift from wind-vane sequences, with test-time training.

At test time every batch first takes one self-supervised step (reconstruct the last wind reading)
and then predicts. The deployed model was switched to eval for inference.
"""
import copy

import torch
import torch.nn as nn

torch.manual_seed(2)


class DriftModel(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.encoder = nn.GRU(3, hidden, batch_first=True)
        self.drift_head = nn.Linear(hidden, 2)
        self.recon_head = nn.Linear(hidden, 3)

    def encode(self, x):
        out, _ = self.encoder(x)
        return out[:, -1]

    def forward(self, x):
        return self.drift_head(self.encode(x))


def pretrain(model, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        x = torch.randn(4, 8, 3)
        y = torch.randn(4, 2)
        z = model.encode(x[:, :-1])
        loss = nn.functional.mse_loss(model.drift_head(z), y) + nn.functional.mse_loss(model.recon_head(z), x[:, -1])
        opt.zero_grad()
        loss.backward()
        opt.step()


def ttt_predict(model, x, lr=1e-3):
    adapted = copy.deepcopy(model)
    opt = torch.optim.SGD(adapted.encoder.parameters(), lr=lr)
    z = adapted.encode(x[:, :-1])
    ssl = nn.functional.mse_loss(adapted.recon_head(z), x[:, -1])
    opt.zero_grad()
    ssl.backward()  # TM001-here
    opt.step()
    with torch.no_grad():
        return adapted(x)


def main():
    model = DriftModel()
    pretrain(model)
    model.eval()
    for i in range(3):
        batch = torch.randn(2, 8, 3)
        pred = ttt_predict(model, batch)
        print("batch", i, pred.shape)


if __name__ == "__main__":
    main()
