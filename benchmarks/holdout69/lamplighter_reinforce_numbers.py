# expect: clean
"""Lamplighter route policy: REINFORCE with a GRU baseline network kept in eval for stable values."""
import torch
from torch import nn


class RoutePolicy(nn.Module):
    def __init__(self, d=5, hidden=8, n_lamps=4):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_lamps)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return torch.distributions.Categorical(logits=self.logits(h[:, -1]))


class Baseline(nn.Module):
    def __init__(self, d=5, hidden=8):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return self.v(h[:, -1]).squeeze(-1)


def reward(actions):
    return (actions == 2).float() - 0.1 * actions.float()


def main():
    torch.manual_seed(10)
    policy, baseline = RoutePolicy(), Baseline()
    popt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    bopt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
    for it in range(3):
        obs = torch.randn(6, 5, 5)
        # fit the baseline on fresh rollouts first (train mode)
        baseline.train()
        with torch.no_grad():
            r0 = reward(policy(obs).sample())
        bloss = nn.functional.mse_loss(baseline(obs), r0)
        bopt.zero_grad()
        bloss.backward()
        bopt.step()
        # policy update with the baseline frozen in eval
        baseline.eval()
        dist = policy(obs)
        a = dist.sample()
        adv = reward(a) - torch.tensor(baseline(obs).tolist())
        ploss = -(dist.log_prob(a) * adv).mean()
        popt.zero_grad()
        ploss.backward()
        popt.step()
        print(it, round(ploss.item(), 4))


if __name__ == "__main__":
    main()
