import copy

import torch
import torch.nn as nn


class RL2Policy(nn.Module):
    def __init__(self, n_arms, hidden):
        super().__init__()
        self.n_arms = n_arms
        self.gru = nn.GRU(n_arms + 1, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, n_arms)

    def forward(self, inp, h=None):
        out, h = self.gru(inp, h)
        return torch.distributions.Categorical(logits=self.pi(out[:, -1])), h


def rollout(policy, task, horizon=5):
    prev = torch.zeros(1, 1, policy.n_arms + 1)
    h, logps, rews = None, [], []
    for _ in range(horizon):
        dist, h = policy(prev, h)
        a = dist.sample()
        r = task.pull(a.item())
        logps.append(dist.log_prob(a))
        rews.append(r)
        prev = torch.cat([nn.functional.one_hot(a, policy.n_arms).float(), torch.tensor([[r]])], -1).unsqueeze(0)
    return torch.cat(logps), torch.tensor(rews)


def meta_test(policy, n_tasks):
    from bandits import sample_task
    tester = copy.copy(policy)
    tester.eval()
    with torch.no_grad():
        return sum(rollout(tester, sample_task())[1].sum().item() for _ in range(n_tasks)) / n_tasks


def reinforce_update(policy, opt, tasks):
    losses = []
    for task in tasks:
        logp, rews = rollout(policy, task)
        ret = rews.flip(0).cumsum(0).flip(0)
        losses.append(-(logp * (ret - ret.mean())).sum())
    loss = torch.stack(losses).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return round(loss.item(), 4)
