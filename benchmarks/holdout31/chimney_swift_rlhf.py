# expect: crash
"""Chimney-swift roosts: a GRU policy proposes an evening count schedule
(a sequence of observation slots); a reward model, itself a GRU trained on
past expert schedules, scores it. The policy is fine-tuned with REINFORCE
against the reward model, with hooks run in priority order from a heap."""
import heapq

import torch
from torch import nn
from torch.distributions import Categorical

torch.manual_seed(9)
N_SLOTS, LENGTH = 6, 7


class SchedulePolicy(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.emb = nn.Embedding(N_SLOTS + 1, hidden)  # last index = <start>
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, N_SLOTS)

    def sample(self, batch):
        """Autoregressive sampling; keeps log-probs for the policy gradient."""
        self.eval()  # no dropout noise while sampling
        tok = torch.full((batch, 1), N_SLOTS, dtype=torch.long)
        h, seq, logps = None, [], []
        for _ in range(LENGTH):
            out, h = self.rnn(self.emb(tok), h)
            dist = Categorical(logits=self.logits(out[:, -1]))
            a = dist.sample()
            logps.append(dist.log_prob(a))
            seq.append(a)
            tok = a.unsqueeze(1)
        return torch.stack(seq, 1), torch.stack(logps, 1)


class RewardModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(N_SLOTS, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, seq):
        _, h = self.rnn(self.emb(seq))
        return self.out(h[-1]).squeeze(-1)


def expert_schedules(n=16):
    # experts count densely around dusk (middle slots) and avoid repeats
    base = torch.tensor([1, 2, 3, 3, 4, 2, 5])
    noise = torch.randint(-1, 2, (n, LENGTH))
    return (base + noise).clamp(0, N_SLOTS - 1)


def fit_reward_model(rm, steps=4):
    opt = torch.optim.Adam(rm.parameters(), lr=1e-2)
    good = expert_schedules()
    bad = torch.randint(0, N_SLOTS, good.shape)
    for _ in range(steps):
        margin = rm(good) - rm(bad)
        loss = nn.functional.softplus(-margin).mean()  # Bradley-Terry
        opt.zero_grad()
        loss.backward()
        opt.step()
    rm.eval()
    return rm


class HookQueue:
    def __init__(self):
        self._heap, self._n = [], 0

    def add(self, priority, fn):
        heapq.heappush(self._heap, (priority, self._n, fn))
        self._n += 1

    def run(self, **ctx):
        for _, _, fn in sorted(self._heap):
            fn(**ctx)


def main():
    rm = fit_reward_model(RewardModel())
    policy = SchedulePolicy()
    opt = torch.optim.Adam(policy.parameters(), lr=5e-3)
    baseline = 0.0
    hooks = HookQueue()
    hooks.add(10, lambda step, reward, **_: print(f"step {step} reward {reward:.3f}"))
    hooks.add(0, lambda policy, **_: policy.train())  # back to training mode for the update
    for step in range(3):
        seq, logp = policy.sample(batch=6)
        with torch.no_grad():
            reward = rm(seq)
        adv = reward - baseline
        baseline = 0.9 * baseline + 0.1 * reward.mean().item()
        loss = -(adv.unsqueeze(1) * logp).sum(1).mean()
        hooks.run(step=step, reward=reward.mean().item(), policy=policy)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main()
