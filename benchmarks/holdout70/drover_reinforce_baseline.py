# expect: crash
"""Drover route policy: REINFORCE with a recurrent baseline network evaluated each episode."""
import torch
from torch import nn


class RoutePolicy(nn.Module):
    def __init__(self, obs=4, hidden=8, n_act=3):
        super().__init__()
        self.fc = nn.Linear(obs, n_act)

    def forward(self, obs):
        return torch.distributions.Categorical(logits=self.fc(obs))


class Baseline(nn.Module):
    def __init__(self, obs=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(obs, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, traj):
        h, _ = self.rnn(traj)
        return self.v(h[:, -1]).squeeze(-1)


def episode(policy, T=5):
    obs = torch.randn(2, T, 4)
    dist = policy(obs)
    acts = dist.sample()
    rewards = (acts == 1).float().sum(1)
    return obs, dist.log_prob(acts).sum(1), rewards


def main():
    torch.manual_seed(0)
    policy, baseline = RoutePolicy(), Baseline()
    baseline.eval()
    popt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    bopt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
    for ep in range(3):
        obs, logp, ret = episode(policy)
        b = baseline(obs)
        adv = ret - b
        pg_loss = -(logp * adv).mean()
        popt.zero_grad()
        bopt.zero_grad()
        pg_loss.backward()  # TM001-here
        popt.step()
        baseline.train()
        v_loss = nn.functional.mse_loss(baseline(obs), ret)
        v_loss.backward()
        bopt.step()
        baseline.eval()
    print("done")


if __name__ == "__main__":
    main()
