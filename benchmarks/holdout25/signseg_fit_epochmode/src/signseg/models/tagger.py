import torch.nn as nn


class BoundaryTagger(nn.Module):
    """BiLSTM over pose frames, one B/I/O tag per frame."""

    def __init__(self, keypoints, hidden):
        super().__init__()
        self.inp = nn.Linear(keypoints, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.tag = nn.Linear(2 * hidden, 3)

    def forward(self, frames):
        o, _ = self.lstm(self.inp(frames).relu())
        return self.tag(o)
