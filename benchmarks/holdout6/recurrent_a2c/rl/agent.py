"""Recurrent actor-critic (A2C) agent."""
import torch
import torch.nn as nn


class RecurrentActorCritic(nn.Module):
    def __init__(self, obs_dim=3, hidden=16, n_actions=2):
        super().__init__()
        self.core = nn.LSTM(obs_dim, hidden)
        self.pi = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, n_actions))
        self.v = nn.Linear(hidden, 1)

    def initial_state(self, n):
        return (torch.zeros(1, n, self.core.hidden_size), torch.zeros(1, n, self.core.hidden_size))

    def forward(self, obs, state):
        out, state = self.core(obs.unsqueeze(0), state)
        out = out.squeeze(0)
        return torch.distributions.Categorical(logits=self.pi(out)), self.v(out).squeeze(-1), state


class A2C:
    def __init__(self, net, lr=7e-4, gamma=0.99, value_coef=0.5, entropy_coef=0.01):
        self.net, self.gamma = net, gamma
        self.value_coef, self.entropy_coef = value_coef, entropy_coef
        self.opt = torch.optim.RMSprop(net.parameters(), lr=lr)

    def update(self, rollout):
        self.net.train()
        returns, R = [], torch.zeros_like(rollout["rewards"][-1])
        for r in reversed(rollout["rewards"]):
            R = r + self.gamma * R
            returns.insert(0, R)
        returns = torch.stack(returns)
        values, log_probs = torch.stack(rollout["values"]), torch.stack(rollout["log_probs"])
        advantages = returns - values
        loss = (-(advantages.detach() * log_probs).mean() + self.value_coef * advantages.pow(2).mean()
                - self.entropy_coef * torch.stack(rollout["entropies"]).mean())
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(self.net.parameters(), 0.5)
        self.opt.step()
        return loss.item()
