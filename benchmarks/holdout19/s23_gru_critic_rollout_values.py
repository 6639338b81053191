# expect: crash
"""Advantage actor-critic with a GRU critic; values are stored during the rollout and reused in the update."""
import torch
import torch.nn as nn


class ToyEnv:
    def __init__(self, obs_dim=3):
        self.obs_dim = obs_dim
        self.t = 0

    def reset(self):
        self.t = 0
        return torch.randn(self.obs_dim)

    def step(self, a):
        self.t += 1
        return torch.randn(self.obs_dim), float(a == 1), self.t >= 4


class Actor(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 2))

    def forward(self, o):
        return torch.distributions.Categorical(logits=self.net(o))


class GRUCritic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8)
        self.v = nn.Linear(8, 1)

    def forward(self, o, h=None):
        out, h = self.gru(o.view(1, 1, -1), h)
        return self.v(out).view(()), h


def rollout(env, actor, critic):
    critic.eval()  # no dropout noise in value targets
    obs, h, done = env.reset(), None, False
    logps, values, rewards = [], [], []
    while not done:
        dist = actor(obs)
        a = dist.sample()
        v, h = critic(obs, h)
        obs, r, done = env.step(int(a))
        logps.append(dist.log_prob(a))
        values.append(v)
        rewards.append(r)
    return torch.stack(logps), torch.stack(values), rewards


def returns(rewards, gamma=0.99):
    out, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        out.insert(0, g)
    return torch.tensor(out)


if __name__ == "__main__":
    torch.manual_seed(0)
    env, actor, critic = ToyEnv(), Actor(), GRUCritic()
    opt = torch.optim.Adam(list(actor.parameters()) + list(critic.parameters()), lr=1e-3)
    for ep in range(2):
        logps, values, rewards = rollout(env, actor, critic)
        ret = returns(rewards)
        adv = ret - values.detach()
        loss = -(logps * adv).mean() + 0.5 * (ret - values).pow(2).mean()
        critic.train()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(ep, sum(rewards))
