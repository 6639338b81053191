# expect: crash
"""Peat-cutter drying schedule: REINFORCE policy with a recurrent value baseline evaluated in eval mode."""
import torch
import torch.nn as nn


class Policy(nn.Module):
    def __init__(self, n_obs=3, n_act=3):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_obs, 12), nn.Tanh(), nn.Linear(12, n_act))

    def forward(self, obs):
        return torch.distributions.Categorical(logits=self.net(obs))


class Baseline(nn.Module):
    def __init__(self, n_obs=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_obs, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, traj):
        h, _ = self.rnn(traj)
        return self.v(h[:, -1]).squeeze(-1)


def rollout(policy, T=5, B=4):
    obs = torch.randn(B, T, 3)
    logps, rewards = [], []
    for t in range(T):
        dist = policy(obs[:, t])
        a = dist.sample()
        logps.append(dist.log_prob(a))
        rewards.append((a == 1).float() - 0.1 * obs[:, t, 0])
    return obs, torch.stack(logps, 1), torch.stack(rewards, 1).sum(1)


def main():
    torch.manual_seed(11)
    policy, baseline = Policy(), Baseline()
    baseline.eval()  # value net without dropout noise while scoring
    opt = torch.optim.Adam(list(policy.parameters()) + list(baseline.parameters()), lr=1e-2)
    for it in range(3):
        obs, logp, ret = rollout(policy)
        b = baseline(obs)
        adv = ret - b.detach()
        loss = -(logp.sum(1) * adv).mean() + (b - ret).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(it, round(ret.mean().item(), 3))


if __name__ == "__main__":
    main()
