import torch.nn as nn


class ShearCritic(nn.Module):
    """Critic over lidar wind-speed profiles (height sequences)."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, prof):
        return self.score(self.gru(prof)[0][:, -1])


class ProfileGenerator(nn.Module):
    def __init__(self, z=4, heights=10):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(z, 16), nn.ReLU(), nn.Linear(16, heights))

    def forward(self, z):
        return self.net(z).unsqueeze(-1)
