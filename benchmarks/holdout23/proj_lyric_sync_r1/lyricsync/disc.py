import torch
import torch.nn as nn


class SyncDiscriminator(nn.Module):
    def __init__(self, audio_dim, text_dim, hidden):
        super().__init__()
        self.rnn = nn.GRU(audio_dim + text_dim, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)

    def forward(self, audio, text):
        h, _ = self.rnn(torch.cat([audio, text], -1))
        return self.score(h.mean(1)).squeeze(-1)
