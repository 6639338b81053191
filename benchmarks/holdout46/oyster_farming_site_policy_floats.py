# expect: clean
"""Oyster farming: learn where to put out new spat bags along an estuary.
A frozen-in-eval growth forecaster (a GRU over tide and salinity history)
scores each candidate site; a small site-selection policy is trained with
REINFORCE against a running-mean baseline."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
N_SITES = 5


class GrowthForecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, history):
        h, _ = self.gru(history)
        return self.out(h[:, -1]).squeeze(-1)


class SitePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(N_SITES * 4, 16), nn.Tanh(), nn.Linear(16, N_SITES))

    def forward(self, summary):
        return torch.distributions.Categorical(logits=self.net(summary))


def site_rewards(forecaster, histories, choice):
    grown = forecaster(histories)  # one growth estimate per site
    return torch.tensor([grown[i].item() for i in choice.tolist()])


def main():
    forecaster = GrowthForecaster().eval()
    policy = SitePolicy()
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    baseline = 0.0
    for episode in range(6):
        histories = torch.randn(N_SITES, 12, 2)
        summary = torch.cat([histories.mean(1), histories.std(1)], dim=1).flatten()
        dist = policy(summary)
        choice = dist.sample((4,))
        reward = site_rewards(forecaster, histories, choice)
        advantage = reward - baseline
        loss = -(dist.log_prob(choice) * advantage).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        baseline = 0.9 * baseline + 0.1 * reward.mean().item()
        print(f"episode {episode}: mean reward {reward.mean().item():.3f}")


if __name__ == "__main__":
    main()
