from torch import nn


class BuckleRegressor(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=1, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(seq.mean(dim=1))


def build_model(cfg):
    return BuckleRegressor(cfg["n_in"], cfg["hidden"])
