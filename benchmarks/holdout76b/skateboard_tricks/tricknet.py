import torch
import torch.nn as nn

TRICKS = ["ollie", "kickflip", "heelflip", "shuvit"]


class TrickLSTM(nn.Module):
    """IMU (accel + gyro, 6 channels) on the deck -> trick class."""

    def __init__(self, hidden=8, layers=2):
        super().__init__()
        self.lstm = nn.LSTM(6, hidden, num_layers=layers, batch_first=True, dropout=0.1)
        self.cls = nn.Linear(hidden, len(TRICKS))

    def forward(self, imu):
        _, (h, _) = self.lstm(imu)
        return self.cls(h[-1])


def imu_batches(n_batches, bs=4, T=16, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        out.append((torch.randn(bs, T, 6, generator=g), torch.randint(0, len(TRICKS), (bs,), generator=g)))
    return out
