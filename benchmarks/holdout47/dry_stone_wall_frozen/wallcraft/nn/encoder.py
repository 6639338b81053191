import torch
from torch import nn


class CourseEncoder(nn.Module):
    def __init__(self, n_stone_types, hidden):
        super().__init__()
        self.stone = nn.Embedding(n_stone_types, hidden - 1)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.frozen = False

    def train(self, mode=True):
        super().train(mode)
        if self.frozen:
            # a frozen recurrent block always runs as in inference
            self.rnn.eval()
        return self

    def forward(self, courses, batter):
        x = torch.cat([self.stone(courses), batter], dim=-1)
        h, _ = self.rnn(x)
        return h[:, -1]
