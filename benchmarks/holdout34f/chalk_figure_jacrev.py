# expect: crash
"""Chalk-figure turf regrowth: sensitivity of next-month cover to each rainfall reading (jacrev)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(7)


class CoverLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, rain):
        h, _ = self.lstm(rain.unsqueeze(0).unsqueeze(-1))
        return self.head(h[0, -1]).squeeze()


def sensitivity_report(model, series):
    model.eval()
    jac = jacrev(model)(series)  # TM002-here
    return {f"month_{i}": round(v, 4) for i, v in enumerate(jac.tolist())}


model = CoverLSTM()
series = torch.rand(8)
print(sensitivity_report(model, series))
