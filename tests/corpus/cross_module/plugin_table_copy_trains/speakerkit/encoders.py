"""The built-in speaker encoders, by name."""
import torch.nn as nn


class LSTMEncoder(nn.Module):
    def __init__(self, feat=6, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(feat, hidden, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[1][0][-1]


BUILTIN = {"lstm-small": LSTMEncoder}
