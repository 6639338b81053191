"""Model code for the fulling-mill stock notebook.

Hammer-stock vibration traces -> cloth felting grade (0 = under, 1 = good, 2 = over-fulled).
"""
import os
import torch
from torch import nn

N_SENSORS = 5
N_GRADES = 3


class FullingNet(nn.Module):
    def __init__(self, hidden=10, layers=2):
        super().__init__()
        self.proj = nn.Linear(N_SENSORS, hidden)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=layers, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, N_GRADES)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h.mean(1))


def save_checkpoint(model, path):
    torch.save({"state_dict": model.state_dict(), "hidden": model.head.in_features}, path)


def load_for_inference(path):
    ckpt = torch.load(path)
    model = FullingNet(hidden=ckpt["hidden"])
    model.load_state_dict(ckpt["state_dict"])
    return model.eval()
