# expect: clean
"""A2C with an LSTM core: rollouts are collected in eval mode under no_grad, the update re-runs the core
over the stored observations after agent.train()."""
import torch
import torch.nn.functional as F
from torch import nn


class ActorCritic(nn.Module):
    def __init__(self, obs_dim=3, n_actions=3, hidden=8):
        super().__init__()
        self.core = nn.LSTM(obs_dim, hidden)
        self.pi = nn.Linear(hidden, n_actions)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq, state=None):
        out, state = self.core(obs_seq, state)
        return self.pi(out), self.v(out).squeeze(-1), state


torch.manual_seed(0)
agent = ActorCritic()
opt = torch.optim.RMSprop(agent.parameters(), lr=7e-4)
n_envs, n_steps = 2, 5
for update in range(3):
    agent.eval()
    obs_buf, act_buf, rew_buf = [], [], []
    state = None
    obs = torch.randn(n_envs, 3)
    with torch.no_grad():
        for t in range(n_steps):
            logits, _, state = agent(obs.unsqueeze(0), state)
            a = torch.distributions.Categorical(logits=logits[0]).sample()
            obs_buf.append(obs)
            act_buf.append(a)
            rew_buf.append((a == 1).float())
            obs = torch.randn(n_envs, 3)
    agent.train()
    logits, values, _ = agent(torch.stack(obs_buf))
    returns = torch.stack(rew_buf).flip(0).cumsum(0).flip(0)
    adv = returns - values
    logp = torch.distributions.Categorical(logits=logits).log_prob(torch.stack(act_buf))
    loss = -(logp * adv.detach()).mean() + 0.5 * adv.pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"update {update}: loss {loss.item():.4f}")
