# expect: clean
"""Lawn bowls: predict how far from the jack a wood finishes from the bowler's
delivery (wrist IMU sequence).

Each step computes the training loss, then takes a quick deterministic reading
of the same batch in eval mode for the scoreboard, and only then back-propagates
the training loss.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(73)


class DeliveryNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(6, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.dist = nn.Linear(hidden, 1)

    def forward(self, imu):
        out, _ = self.lstm(imu)
        return self.dist(out[:, -1]).squeeze(-1)


def scoreboard_reading(model, imu, target):
    model.eval()
    with torch.no_grad():
        return (model(imu) - target).abs().mean().item()


def main():
    model = DeliveryNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for end in range(4):
        imu, dist = torch.randn(5, 8, 6), torch.rand(5) * 2
        model.train()
        loss = F.mse_loss(model(imu), dist)
        board = scoreboard_reading(model, imu, dist)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"end {end}: train {loss.item():.3f} board MAE {board:.3f}")


if __name__ == "__main__":
    main()
