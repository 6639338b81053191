# expect: crash
"""Kite-maker tether control: a GRU policy picks one of 3 line tensions per gust trace.
REINFORCE with a learned baseline; the baseline critic is fitted separately every few updates
and read in eval mode when the policy is updated."""
import torch
from torch import nn


class Policy(nn.Module):
    def __init__(self, n_obs=3, hidden=8, n_act=3):
        super().__init__()
        self.rnn = nn.GRU(n_obs, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, n_act)

    def forward(self, obs):
        h, _ = self.rnn(obs)
        return torch.distributions.Categorical(logits=self.pi(h[:, -1]))


class Critic(nn.Module):
    def __init__(self, n_obs=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_obs, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs):
        h, _ = self.rnn(obs)
        return self.v(h[:, -1])


def reward_fn(obs, action):
    gust = obs[:, -1, 0]
    return -(gust - (action.float() - 1.0)).abs()


def fit_critic(critic, opt, obs, ret, steps=2):
    critic.train()
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.mse_loss(critic(obs).squeeze(-1), ret).backward()
        opt.step()
    critic.eval()


def main():
    torch.manual_seed(9)
    policy, critic = Policy(), Critic()
    p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    c_opt = torch.optim.Adam(critic.parameters(), lr=1e-2)
    policy.train()
    critic.eval()
    for it in range(4):
        obs = torch.randn(8, 6, 3)
        dist = policy(obs)
        act = dist.sample()
        ret = reward_fn(obs, act)
        baseline = critic(obs).squeeze(-1)
        adv = ret - baseline
        loss = -(adv * dist.log_prob(act)).mean() - 0.01 * dist.entropy().mean()
        p_opt.zero_grad()
        loss.backward()  # TM001-here
        p_opt.step()
        if it % 2 == 1:
            fit_critic(critic, c_opt, obs, ret)
        print(f"iter {it} mean return {ret.mean().item():.3f}")


if __name__ == "__main__":
    main()
