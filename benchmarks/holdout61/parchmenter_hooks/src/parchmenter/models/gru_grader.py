import torch
from torch import nn

from .registry import register


@register("gru_grader")
class HideGrader(nn.Module):
    """Grades a scraped hide from a sequence of thickness readings."""

    def __init__(self, n_in=4, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.head(h[-1]).squeeze(-1)
