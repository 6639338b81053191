import torch
import torch.nn as nn


def fixture(fn):
    fn._is_fixture = True
    return fn


class Tracker(nn.Module):
    """multi-object tracker motion model: LSTM over past box deltas -> next delta"""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 4)

    def forward(self, tracks):
        h, _ = self.lstm(tracks)
        return self.head(h[:, -1])


@fixture
def tracks():
    torch.manual_seed(0)
    return torch.randn(5, 6, 4)


@fixture
def tracker():
    return Tracker()


@fixture
def optimizer(tracker):
    return torch.optim.Adam(tracker.parameters(), 1e-3)
