"""REINFORCE with a recurrent policy: act() collects log-probs during the episode, finish_episode() updates."""
import torch
import torch.nn as nn
from torch.distributions import Categorical


class RecurrentPolicy(nn.Module):
    def __init__(self, n_obs, n_actions, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(n_obs, hidden)
        self.dropout = nn.Dropout(0.1)
        self.logits = nn.Linear(hidden, n_actions)

    def forward(self, obs, state=None):
        out, state = self.lstm(obs.view(1, 1, -1), state)
        return self.logits(self.dropout(out[0, 0])), state


class ReinforceAgent:
    def __init__(self, policy, lr=1e-2, gamma=0.99):
        self.policy = policy
        self.optimizer = torch.optim.Adam(policy.parameters(), lr=lr)
        self.gamma = gamma
        self.log_probs, self.rewards, self.state = [], [], None

    def begin_episode(self):
        self.state = None
        # acting should be deterministic w.r.t. dropout
        self.policy.eval()

    def act(self, obs):
        logits, self.state = self.policy(torch.tensor(obs), self.state)
        dist = Categorical(logits=logits)
        action = dist.sample()
        self.log_probs.append(dist.log_prob(action))
        return action.item()

    def finish_episode(self):
        self.policy.train()
        returns, g = [], 0.0
        for r in reversed(self.rewards):
            g = r + self.gamma * g
            returns.insert(0, g)
        returns = torch.tensor(returns)
        if len(returns) > 1:
            returns = (returns - returns.mean()) / (returns.std() + 1e-8)
        loss = -(torch.stack(self.log_probs) * returns).sum()
        self.optimizer.zero_grad()
        loss.backward()  # TM001-here
        self.optimizer.step()
        self.log_probs, self.rewards = [], []
        return loss.item()
