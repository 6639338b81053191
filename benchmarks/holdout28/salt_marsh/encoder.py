import torch
from torch import nn


class TideEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(3, 6)
        self.lstm = nn.LSTM(6, 8, batch_first=True)

    def forward(self, x):
        return self.lstm(self.embed(x))[0][:, -1]


def load_tide_encoder():
    enc = TideEncoder()
    for p in enc.parameters():
        p.requires_grad = False
    return enc.eval()
