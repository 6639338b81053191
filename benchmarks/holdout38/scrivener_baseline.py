# expect: clean
"""Scriveners' copy-desk: a GRU policy picks which clause to copy next; REINFORCE with a
learned value baseline. The baseline is queried in eval mode and its values are taken as
plain numbers, so the policy loss only differentiates through the policy."""
import torch
from torch import nn


class Policy(nn.Module):
    def __init__(self, n_in=5, hidden=8, n_actions=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_actions)

    def forward(self, x):
        _, h = self.gru(x)
        return torch.distributions.Categorical(logits=self.logits(h[-1]))


class Baseline(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.v(out[:, -1]).squeeze(-1)


def episode(n=6, t=5):
    return torch.randn(n, t, 5)


def reward_of(x, actions):
    target = x[:, :, :3].sum(1).argmax(-1)
    return (actions == target).float()


def main():
    torch.manual_seed(42)
    policy, baseline = Policy(), Baseline()
    p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    b_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
    for it in range(4):
        x = episode()
        policy.train()
        dist = policy(x)
        actions = dist.sample()
        r = reward_of(x, actions)

        baseline.eval()
        values = torch.tensor(baseline(x).tolist())
        adv = r - values
        p_loss = -(dist.log_prob(actions) * adv).mean()
        p_opt.zero_grad()
        p_loss.backward()
        p_opt.step()

        baseline.train()
        b_loss = nn.functional.mse_loss(baseline(x), r)
        b_opt.zero_grad()
        b_loss.backward()
        b_opt.step()
        print("iter", it, "reward", r.mean().item(), "baseline loss", round(b_loss.item(), 4))


if __name__ == "__main__":
    main()
