import torch.nn as nn


class GrowthGenerator(nn.Module):
    def __init__(self, noise_dim, hidden, seq_len):
        super().__init__()
        self.seq_len = seq_len
        self.net = nn.Sequential(nn.Linear(noise_dim, hidden), nn.ReLU(), nn.Linear(hidden, seq_len))

    def forward(self, z):
        return self.net(z).cumsum(-1).unsqueeze(-1) * 0.1
