import torch
import torch.nn as nn


class LinePolicy(nn.Module):
    """Reads the curve sequence and picks high / middle / low line per curve."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, 3)

    def forward(self, curves):
        h, _ = self.rnn(curves)
        return self.logits(h)


class Agent:
    def __init__(self, hidden=8):
        self.policy = LinePolicy(hidden)

    def act(self, curves, greedy=False):
        dist = torch.distributions.Categorical(logits=self.policy(curves))
        actions = dist.probs.argmax(-1) if greedy else dist.sample()
        return actions, dist.log_prob(actions)
