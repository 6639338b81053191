# expect: crash
"""Rollouts keep each step as a record, `Step(obs, logp)`, the log-probability from a GRU policy left in eval mode.
The value network's loss is weighted by the recorded log-probabilities: its backward runs back through the GRU,
in eval mode."""
from collections import namedtuple
import torch
import torch.nn as nn

Step = namedtuple("Step", "obs logp")


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.pi = nn.Linear(8, 2)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return self.pi(h[:, -1])


policy = Policy()
critic = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
c_opt = torch.optim.SGD(critic.parameters(), lr=0.1)
policy.eval()
steps = []
for _ in range(4):
    obs = torch.randn(1, 5, 3)
    logits = policy(obs)
    steps.append(Step(obs, torch.log_softmax(logits, -1)[0, 0]))
values = critic(torch.cat([s.obs[:, -1] for s in steps])) * torch.stack([s.logp for s in steps]).unsqueeze(1)
c_loss = values.pow(2).mean()
c_opt.zero_grad()
c_loss.backward()  # TM001-here
print("ok")
