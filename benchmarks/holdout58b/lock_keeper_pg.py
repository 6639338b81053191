# expect: crash
"""Canal lock scheduling as a bandit over boat queues: REINFORCE with a learned GRU baseline."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class QueueEncoder(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, q):
        return self.rnn(q)[1][-1]


class Policy(nn.Module):
    def __init__(self, hidden=8, n_actions=3):
        super().__init__()
        self.enc = QueueEncoder(hidden=hidden)
        self.pi = nn.Linear(hidden, n_actions)

    def forward(self, q):
        return torch.distributions.Categorical(logits=self.pi(self.enc(q)))


class Baseline(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.enc = QueueEncoder(hidden=hidden)
        self.v = nn.Linear(hidden, 1)

    def forward(self, q):
        return self.v(self.enc(q)).squeeze(-1)


def reward(q, a):
    upstream = q[:, :, 0].sum(1)
    downstream = q[:, :, 1].sum(1)
    return torch.where(a == 0, upstream, torch.where(a == 1, downstream, 0.5 * (upstream + downstream)))


def estimate_value(baseline, q):
    baseline.eval()  # deterministic value estimates for the advantage
    return baseline(q)


def main():
    torch.manual_seed(9)
    policy, baseline = Policy(), Baseline()
    p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    b_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
    policy.train()
    baseline.train()
    for ep in range(3):
        q = torch.rand(8, 5, 3)
        dist = policy(q)
        a = dist.sample()
        r = reward(q, a)
        value = estimate_value(baseline, q)
        adv = (r - value).detach()
        p_loss = -(dist.log_prob(a) * adv).mean()
        p_opt.zero_grad()
        p_loss.backward()
        p_opt.step()
        b_loss = F.mse_loss(value, r)
        b_opt.zero_grad()
        b_loss.backward()  # TM001-here
        b_opt.step()
        print(ep, round(r.mean().item(), 3), round(b_loss.item(), 4))


if __name__ == "__main__":
    main()
