# expect: crash
"""Save the whole model object after validation and resume training from it in a second 'session'."""
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
CKPT = os.path.join(HERE, "whole_model_pickle.pt")


class TrafficForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 12, num_layers=2, batch_first=True)
        self.proj = nn.Linear(12, 4)

    def forward(self, x):
        return self.proj(self.rnn(x)[0])


def session_one():
    model = TrafficForecaster()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(3):
        x = torch.randn(4, 10, 4)
        loss = F.smooth_l1_loss(model(x[:, :-1]), x[:, 1:])
        opt.zero_grad(); loss.backward(); opt.step()
    model.eval()
    with torch.no_grad():
        x = torch.randn(4, 10, 4)
        print("val", F.smooth_l1_loss(model(x[:, :-1]), x[:, 1:]).item())
    torch.save({"model": model, "optimizer": opt.state_dict(), "epoch": 1}, CKPT)


def session_two():
    ckpt = torch.load(CKPT, weights_only=False)
    model = ckpt["model"]
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    opt.load_state_dict(ckpt["optimizer"])
    for epoch in range(ckpt["epoch"], ckpt["epoch"] + 2):
        x = torch.randn(4, 10, 4)
        loss = F.smooth_l1_loss(model(x[:, :-1]), x[:, 1:])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"resumed epoch {epoch}: {loss.item():.4f}")


if __name__ == "__main__":
    torch.manual_seed(0)
    try:
        session_one()
        session_two()
    finally:
        if os.path.exists(CKPT):
            os.remove(CKPT)
