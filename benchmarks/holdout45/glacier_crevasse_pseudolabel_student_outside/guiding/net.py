import torch.nn as nn


class CrevasseTagger(nn.Module):
    """Tags each step of a GPR (ground-penetrating radar) trace as firm / bridge / void."""

    def __init__(self, n_feat=5, hidden=8, n_tags=3):
        super().__init__()
        self.rnn = nn.RNN(n_feat, hidden, batch_first=True, bidirectional=True)
        self.tag = nn.Linear(2 * hidden, n_tags)

    def forward(self, trace):
        h, _ = self.rnn(trace)
        return self.tag(h)
