# expect: clean
"""Recurrent actor-critic agent (IMPALA-flavoured) where the acting path marks the
agent as not training by *assigning* `agent.training = False` (to switch off
its own exploration bonus logic), which does not recurse into `agent.core`.
The flag is only reset after the learner step, so the learner forward also runs with
the wrapper flag False -- but the recurrent core keeps training=True, so the backward is fine.
"""
import torch
import torch.nn as nn


class Agent(nn.Module):
    def __init__(self, obs=6, act=3, hidden=12):
        super().__init__()
        self.torso = nn.Linear(obs, hidden)
        self.core = nn.LSTM(hidden, hidden)
        self.policy = nn.Linear(hidden, act)
        self.baseline = nn.Linear(hidden, 1)

    def forward(self, obs, state=None):
        core_out, state = self.core(torch.relu(self.torso(obs)), state)
        logits = self.policy(core_out)
        if self.training:
            logits = logits + 0.01 * torch.randn_like(logits)
        return logits, self.baseline(core_out).squeeze(-1), state


torch.manual_seed(0)
agent = Agent()
opt = torch.optim.RMSprop(agent.parameters(), lr=1e-3)
for it in range(3):
    agent.training = False
    with torch.no_grad():
        logits, _, _ = agent(torch.randn(8, 2, 6))
        actions = torch.distributions.Categorical(logits=logits).sample()
    obs, returns = torch.randn(8, 2, 6), torch.randn(8, 2)
    logits, values, _ = agent(obs)
    logp = torch.distributions.Categorical(logits=logits).log_prob(actions)
    adv = (returns - values).detach()
    loss = -(logp * adv).mean() + 0.5 * (returns - values).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    agent.training = True
    print(it, loss.item())
