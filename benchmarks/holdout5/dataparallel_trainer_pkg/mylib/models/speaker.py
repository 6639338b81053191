import torch.nn as nn


class SpeakerEncoder(nn.Module):
    """GE2E-like d-vector encoder: 3-layer LSTM over mel frames, L2-normalised projection."""

    def __init__(self, n_mels=8, hidden=12, emb=8, n_speakers=4):
        super().__init__()
        self.lstm = nn.LSTM(n_mels, hidden, num_layers=3, batch_first=True)
        self.proj = nn.Linear(hidden, emb)
        self.cls = nn.Linear(emb, n_speakers)

    def forward(self, mels):
        _, (h, _) = self.lstm(mels)
        d = nn.functional.normalize(self.proj(h[-1]), dim=1)
        return self.cls(d)
