import torch
from torch import nn


class TeacherLM(nn.Module):
    def __init__(self, vocab=24, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, num_layers=2, batch_first=True)
        self.lm_head = nn.Linear(dim, vocab)

    def forward_embeds(self, embeds):
        h, _ = self.lstm(embeds)
        return self.lm_head(h)

    def forward(self, tokens):
        return self.forward_embeds(self.embed(tokens))


class StudentTagger(nn.Module):
    """Small non-recurrent student: a 1-d conv over the source tokens that emits target-token distributions."""

    def __init__(self, vocab=24, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.conv = nn.Conv1d(dim, dim, 3, padding=1)
        self.out = nn.Linear(dim, vocab)

    def forward(self, tokens):
        h = torch.relu(self.conv(self.embed(tokens).transpose(1, 2))).transpose(1, 2)
        return self.out(h)
