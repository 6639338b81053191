"""Boiler-pressure model and checkpoint helpers for the traction-engine rally notebook."""
import torch
from torch import nn


class BoilerLSTM(nn.Module):
    def __init__(self, n_feat=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True, num_layers=2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.head(o[:, -1])


def save(model, path):
    torch.save(model.state_dict(), path)


def load_for_inference(path, **kw):
    model = BoilerLSTM(**kw)
    model.load_state_dict(torch.load(path))
    model.eval()
    return model
