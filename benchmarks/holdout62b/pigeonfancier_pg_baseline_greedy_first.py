# expect: crash
"""Racing-pigeon route choice: REINFORCE with a learned baseline. Each iteration first logs a greedy
evaluation episode, then collects a sampled rollout and updates the policy."""
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(11)
N_LOFTS, HID, T = 4, 10, 5


class RoutePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(N_LOFTS, HID, batch_first=True)
        self.pi = nn.Linear(HID, N_LOFTS)

    def forward(self, obs):
        h, _ = self.gru(obs)
        return self.pi(h)


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.v = nn.Sequential(nn.Linear(N_LOFTS * T, 16), nn.Tanh(), nn.Linear(16, 1))

    def forward(self, obs):
        return self.v(obs.flatten(1)).squeeze(-1)


def reward_of(actions):
    return (actions == 2).float().sum(1)


def main(iters=3, batch=6):
    policy, base = RoutePolicy(), Baseline()
    opt = torch.optim.Adam(list(policy.parameters()) + list(base.parameters()), lr=1e-2)
    for it in range(iters):
        # greedy evaluation episode for the log
        policy.eval()
        greedy = policy(torch.randn(2, T, N_LOFTS)).argmax(-1)
        greedy_return = reward_of(greedy).mean().item()

        obs = torch.randn(batch, T, N_LOFTS)
        dist = Categorical(logits=policy(obs))
        actions = dist.sample()
        logp = dist.log_prob(actions).sum(1)
        R = reward_of(actions)
        policy.train()

        b = base(obs)
        adv = (R - b).detach()
        loss = -(adv * logp).mean() + nn.functional.mse_loss(b, R)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(it, round(R.mean().item(), 3), greedy_return)


if __name__ == "__main__":
    main()
