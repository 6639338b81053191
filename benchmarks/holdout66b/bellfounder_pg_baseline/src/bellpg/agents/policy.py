import torch
import torch.nn as nn
from torch.distributions import Categorical


class Agent(nn.Module):
    """Recurrent policy over the history of observations."""

    def __init__(self, obs_dim, n_actions, hidden):
        super().__init__()
        self.lstm = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_actions)

    def forward(self, obs_seq):
        h, _ = self.lstm(obs_seq)
        return self.logits(h[:, -1])

    def act(self, history):
        """Sample an action; dropout-free policy so eval() keeps acting deterministic in structure."""
        self.eval()
        dist = Categorical(logits=self(torch.stack(history).unsqueeze(0)))
        action = dist.sample()
        return action.item(), dist.log_prob(action).squeeze(0)
