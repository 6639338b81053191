import torch.nn as nn


class NibScorer(nn.Module):
    """force trace (batch, steps, 2) -> logits over {split, blunt, good}"""

    def __init__(self, hidden=10):
        super().__init__()
        self.embed = nn.Linear(2, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)

    def forward(self, trace):
        out, _ = self.lstm(self.embed(trace))
        return self.cls(out.max(dim=1).values)
