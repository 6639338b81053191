# expect: crash
"""Hawkers' route choice: REINFORCE with a learned GRU baseline built already in eval mode."""
import torch
import torch.nn as nn


class RoutePolicy(nn.Module):
    def __init__(self, n_obs=4, n_act=3, hidden=8):
        super().__init__()
        self.body = nn.Linear(n_obs, hidden)
        self.pi = nn.Linear(hidden, n_act)

    def forward(self, obs):
        return torch.distributions.Categorical(logits=self.pi(torch.tanh(self.body(obs))))


class Baseline(nn.Module):
    def __init__(self, n_obs=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_obs, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, traj):
        h, _ = self.gru(traj)
        return self.v(h).squeeze(-1)


def rollout(policy, T=6, B=4):
    obs = torch.randn(B, T, 4)
    dist = policy(obs)
    act = dist.sample()
    reward = (act == 1).float() + 0.1 * obs[..., 0]
    return obs, dist.log_prob(act), reward


def main():
    torch.manual_seed(15)
    policy = RoutePolicy()
    baseline = Baseline().eval()  # deterministic value estimates
    opt = torch.optim.Adam(list(policy.parameters()) + list(baseline.parameters()), lr=1e-2)
    for it in range(3):
        obs, logp, r = rollout(policy)
        ret = r.flip(1).cumsum(1).flip(1)
        v = baseline(obs)
        adv = (ret - v).detach()
        loss = -(logp * adv).mean() + 0.5 * ((v - ret) ** 2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(it, ret[:, 0].mean().item())


if __name__ == "__main__":
    main()
