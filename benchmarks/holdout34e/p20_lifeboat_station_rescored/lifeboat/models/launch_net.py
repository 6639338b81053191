from torch import nn


class LaunchNet(nn.Module):
    """Minutes from pager to launch, from the pager log, tide and wind sequence."""

    def __init__(self, n_in=4, hidden=12, proj=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=proj)
        self.out = nn.Linear(proj, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)
