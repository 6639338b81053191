from torch import nn


class KilnGRU(nn.Module):
    def __init__(self, n_feat=4, hidden=8, n_cls=3):
        super().__init__()
        self.drop = nn.Dropout(0.2)
        self.gru = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        out, _ = self.gru(self.drop(x))
        return self.fc(out.mean(1))
