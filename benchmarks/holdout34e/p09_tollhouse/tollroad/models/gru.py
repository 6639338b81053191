from torch import nn


class TollGRU(nn.Module):
    def __init__(self, n_in=4, hidden=8, layers=2):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=layers, batch_first=True, dropout=0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def build_model(cfg):
    return TollGRU(hidden=cfg.get("hidden", 8), layers=cfg.get("layers", 2))
