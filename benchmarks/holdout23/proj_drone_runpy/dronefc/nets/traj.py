import io

import torch
import torch.nn as nn


class TrajectoryLSTM(nn.Module):
    def __init__(self, dim=3, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(dim, hidden, num_layers=2, batch_first=True)
        self.delta = nn.Linear(hidden, dim)

    def forward(self, window):
        o, _ = self.lstm(window)
        return window[:, -1] + self.delta(o[:, -1])


def _fake_checkpoint():
    buf = io.BytesIO()
    torch.save(TrajectoryLSTM().state_dict(), buf)
    buf.seek(0)
    return buf


def load_pretrained():
    model = TrajectoryLSTM()
    model.load_state_dict(torch.load(_fake_checkpoint()))
    return model.eval()
