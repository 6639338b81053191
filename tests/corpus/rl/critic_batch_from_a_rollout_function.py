# expect: clean
"""A rollout function records `Step(obs, logp)` records from a GRU policy left in eval mode and returns them; a
collector stacks the observations and the log-probs into a batch tuple, and `update(batch)` unpacks it and fits a
value network on the observations only: its backward never reaches the GRU."""
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


def rollout(policy):
    steps = []
    for _ in range(4):
        obs = torch.randn(1, 5, 3)
        logits = policy(obs)
        steps.append(Step(obs, torch.log_softmax(logits, -1)[0, 0]))
    return steps


def collect(policy):
    steps = rollout(policy)
    return torch.cat([s.obs[:, -1] for s in steps]), torch.stack([s.logp for s in steps])


def update(batch):
    obs, logps = batch
    values = critic(obs)
    c_loss = values.pow(2).mean()
    c_opt.zero_grad()
    c_loss.backward()


update(collect(policy))
print("ok")
