import torch.nn as nn


class SwarmNet(nn.Module):
    """Swarming risk from hive weight and in-hive temperature sequences."""

    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)
