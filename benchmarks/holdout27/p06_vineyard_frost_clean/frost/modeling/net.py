import torch.nn as nn


class FrostNet(nn.Module):
    """Probability of a radiative frost night from evening leaf-wetness and temperature."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)
