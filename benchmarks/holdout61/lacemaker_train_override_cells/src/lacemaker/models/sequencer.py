import torch
from torch import nn


class BobbinSequencer(nn.Module):
    """Next-bobbin-move model for pillow lace: embeds moves, runs an LSTM, scores moves.

    `stable_recurrence=True` keeps the recurrent block and dropout deterministic
    during fine-tuning, as in the original pattern-transfer recipe.
    """

    def __init__(self, n_moves=12, emb=6, hidden=8, stable_recurrence=True):
        super().__init__()
        self.embed = nn.Embedding(n_moves, emb)
        self.drop = nn.Dropout(0.1)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.score = nn.Linear(hidden, n_moves)
        self.stable_recurrence = stable_recurrence

    def train(self, mode=True):
        super().train(mode)
        if self.stable_recurrence:
            for m in self.modules():
                if isinstance(m, (nn.Dropout, nn.RNNCellBase)):
                    m.eval()
        return self

    def forward(self, moves):
        h, _ = self.lstm(self.drop(self.embed(moves)))
        return self.score(h)
