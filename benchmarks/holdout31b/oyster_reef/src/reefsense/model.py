import torch
import torch.nn as nn


class DOForecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]).squeeze(-1)


def tide_batch(b=4, t=12):
    sal = 30 + torch.randn(b, t, 1)
    temp = 18 + 2 * torch.randn(b, t, 1)
    tide = torch.sin(torch.linspace(0, 6.28, t)).view(1, t, 1).expand(b, t, 1)
    do = 8 - 0.1 * (temp[:, -1, 0] - 18) - 0.05 * (sal[:, -1, 0] - 30) + 0.5 * tide[:, -1, 0]
    return torch.cat([(sal - 30), (temp - 18) / 2, tide], -1), do
