import torch
import torch.nn as nn


class SpeakerEmbedder(nn.Module):
    """d-vector style: 2-layer LSTM over log-mel frames, L2-normalised last state."""

    def __init__(self, n_mels=8, hidden=8, dim=6):
        super().__init__()
        self.lstm = nn.LSTM(n_mels, hidden, num_layers=2, batch_first=True)
        self.proj = nn.Linear(hidden, dim)

    def forward(self, frames):
        e = self.proj(self.lstm(frames)[0][:, -1])
        return e / e.norm(dim=-1, keepdim=True)


def load_frozen(state=None):
    m = SpeakerEmbedder()
    if state is not None:
        m.load_state_dict(state)
    m.eval()
    for p in m.parameters():
        p.requires_grad = False
    return m
