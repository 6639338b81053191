"""Objects every script of the project shares (notebook habit: build once, import everywhere)."""
import torch
import torch.nn as nn

torch.manual_seed(17)


class SpeakerGRU(nn.Module):
    def __init__(self, feats=5, hidden=9, speakers=4):
        super().__init__()
        self.gru = nn.GRU(feats, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, speakers)

    def embed(self, frames):
        return self.gru(frames)[1][-1]

    def forward(self, frames):
        return self.cls(self.embed(frames))


net = SpeakerGRU()
