# expect: clean
"""Saddletree fitting policy: REINFORCE with a pretrained GRU critic (kept in eval) as the baseline."""
import torch
import torch.nn as nn


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.v = nn.Linear(8, 1)

    def forward(self, obs):
        _, h = self.gru(obs)
        return self.v(h[-1]).squeeze(-1)


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 3))

    def forward(self, obs):
        return torch.distributions.Categorical(logits=self.net(obs[:, -1]))


def baseline_values(critic, obs):
    return torch.tensor([float(v) for v in critic(obs)])


def main():
    torch.manual_seed(0)
    policy, critic = Policy(), Critic().eval()
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    for episode in range(3):
        obs = torch.randn(6, 5, 4)
        dist = policy(obs)
        act = dist.sample()
        reward = (act == 1).float() + 0.1 * torch.randn(6)
        adv = reward - baseline_values(critic, obs)
        loss = -(dist.log_prob(act) * adv).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(episode, round(loss.item(), 4))


if __name__ == "__main__":
    main()
