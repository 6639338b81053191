# expect: clean
"""Gleaner: choose which furrow to glean next from a history of yields.
REINFORCE with a learned GRU baseline; a greedy rollout is logged every update."""
import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(11)
N_FURROWS, HIDDEN, HORIZON, EPISODES = 4, 8, 5, 4


class Recurrent(nn.Module):
    def __init__(self, out_dim):
        super().__init__()
        self.rnn = nn.GRU(N_FURROWS, HIDDEN, batch_first=True)
        self.head = nn.Linear(HIDDEN, out_dim)

    def forward(self, hist):
        h, _ = self.rnn(hist)
        return self.head(h[:, -1])


def field_yield(action, t):
    return float((action * 7 + t * 3) % N_FURROWS) / N_FURROWS


def rollout(policy, greedy=False):
    hist = torch.zeros(1, 1, N_FURROWS)
    logps, rewards, states = [], [], []
    for t in range(HORIZON):
        logits = policy(hist)
        dist = Categorical(logits=logits)
        a = logits.argmax(-1) if greedy else dist.sample()
        logps.append(dist.log_prob(a))
        r = field_yield(int(a), t)
        rewards.append(r)
        states.append(hist)
        step = torch.zeros(1, 1, N_FURROWS)
        step[0, 0, int(a)] = r
        hist = torch.cat([hist, step], 1)
    return torch.cat(logps), rewards, states


def returns_to_go(rewards, gamma=0.95):
    out, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        out.append(g)
    return torch.tensor(out[::-1])


def baseline_values(baseline, states):
    baseline.eval()
    with torch.no_grad():
        return torch.cat([baseline(s).squeeze(-1) for s in states])


def greedy_score(policy):
    was = policy.training
    policy.eval()
    with torch.no_grad():
        _, rewards, _ = rollout(policy, greedy=True)
    policy.train(was)
    return sum(rewards)


def main():
    policy, baseline = Recurrent(N_FURROWS), Recurrent(1)
    p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    b_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
    policy.train()
    for ep in range(EPISODES):
        logps, rewards, states = rollout(policy)
        G = returns_to_go(rewards)
        adv = G - baseline_values(baseline, states)
        p_loss = -(logps * adv).sum()
        p_opt.zero_grad()
        p_loss.backward()
        p_opt.step()

        baseline.train()
        preds = torch.cat([baseline(s).squeeze(-1) for s in states])
        b_loss = ((preds - G) ** 2).mean()
        b_opt.zero_grad()
        b_loss.backward()
        b_opt.step()
        print(ep, round(sum(rewards), 3), round(b_loss.item(), 4), round(greedy_score(policy), 3))


if __name__ == "__main__":
    main()
