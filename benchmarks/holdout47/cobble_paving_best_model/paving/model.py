from torch import nn


class SettlementGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.mm = nn.Linear(hidden, 1)

    def forward(self, weeks):
        h, _ = self.gru(weeks)
        return self.mm(h[:, -1]).squeeze(-1)
