# expect: clean
"""Kayak roll detection from paddle IMU streams.

Fine-tuning on a new paddler keeps the normalisation statistics from the
club-wide model: a small `apply` hook puts the statistics layers in eval mode.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RollDetector(nn.Module):
    def __init__(self, n_imu=6, hidden=10):
        super().__init__()
        self.bn = nn.BatchNorm1d(n_imu)
        self.lstm = nn.LSTM(n_imu, hidden, num_layers=2, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        out, _ = self.lstm(x)
        return self.fc(self.drop(out[:, -1]))


STAT_LAYERS = (nn.BatchNorm1d, nn.Dropout)


def keep_stats(module):
    if isinstance(module, STAT_LAYERS):
        module.eval()


def imu_batch(bs=6, t=12):
    x = torch.randn(bs, t, 6)
    return x, (x[:, :, 3].abs().mean(1) > 0.8).long()


def pretrain(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(steps):
        x, y = imu_batch()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def personalise(model, steps=3):
    model.train()
    model.apply(keep_stats)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for i in range(steps):
        x, y = imu_batch(bs=4)
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"personalise step {i}: {loss.item():.4f}")


def main():
    torch.manual_seed(21)
    model = RollDetector()
    pretrain(model)
    personalise(model)


if __name__ == "__main__":
    main()
