# expect: crash
"""Canal lock water-level sensitivity: jacrev of an LSTM forecaster w.r.t. its input window."""
import torch
import torch.nn as nn
from torch.func import jacrev


class Lock(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True, bidirectional=True)
        self.out = nn.Linear(12, 1)

    def forward(self, window):
        o, _ = self.lstm(window.unsqueeze(0))
        return self.out(o[0, -1])


def sensitivity_report(model, windows):
    rows = []
    for w in windows:
        J = jacrev(model)(w)  # TM002-here
        rows.append(J.abs().sum(-1).squeeze(0))
    return torch.stack(rows)


if __name__ == "__main__":
    torch.manual_seed(7)
    m = Lock()
    m.eval()
    print(sensitivity_report(m, torch.randn(2, 7, 2)).shape)
