# expect: clean
"""Pigeon loft release scheduling: a recurrent policy picks a release slot per hour;
REINFORCE with a learned baseline. Rollouts run with the policy in eval mode (no
dropout on the decision path), and the update reuses the rollout's log-probs."""
import torch
import torch.nn as nn

torch.manual_seed(9)
N_SLOTS, OBS, H = 4, 5, 12


class ReleasePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(OBS, H)
        self.cell = nn.LSTMCell(H, H)
        self.drop = nn.Dropout(0.1)
        self.pi = nn.Linear(H, N_SLOTS)

    def init_state(self, b):
        return torch.zeros(b, H), torch.zeros(b, H)

    def forward(self, obs, state):
        h, c = self.cell(torch.relu(self.inp(obs)), state)
        return self.pi(self.drop(h)), (h, c)


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(OBS, 16), nn.Tanh(), nn.Linear(16, 1))

    def forward(self, obs):
        return self.net(obs).squeeze(-1)


def rollout(policy, batch=6, horizon=5):
    policy.eval()
    state = policy.init_state(batch)
    obs_seq, logps, rewards = [], [], []
    weather = torch.randn(batch, OBS)
    for t in range(horizon):
        logits, state = policy(weather, state)
        dist = torch.distributions.Categorical(logits=logits)
        a = dist.sample()
        obs_seq.append(weather)
        logps.append(dist.log_prob(a))
        rewards.append(-(a.float() - weather[:, 0].clamp(0, 3)).abs())
        weather = weather + 0.1 * torch.randn_like(weather)
    return torch.stack(obs_seq), torch.stack(logps), torch.stack(rewards)


def returns_to_go(r, gamma=0.95):
    out, run = torch.zeros_like(r), torch.zeros_like(r[0])
    for t in reversed(range(r.size(0))):
        run = r[t] + gamma * run
        out[t] = run
    return out


def update(policy, baseline, opt_pi, opt_b, obs, logps, rewards):
    ret = returns_to_go(rewards)
    b = baseline(obs)
    adv = (ret - b).detach()
    pg_loss = -(logps * adv).mean()
    b_loss = nn.functional.mse_loss(b, ret)
    opt_pi.zero_grad()
    opt_b.zero_grad()
    (pg_loss + 0.5 * b_loss).backward()
    opt_pi.step()
    opt_b.step()
    return pg_loss.item(), b_loss.item(), ret[0].mean().item()


if __name__ == "__main__":
    policy, baseline = ReleasePolicy(), Baseline()
    opt_pi = torch.optim.Adam(policy.parameters(), lr=1e-2)
    opt_b = torch.optim.Adam(baseline.parameters(), lr=1e-2)
    for it in range(4):
        print(it, update(policy, baseline, opt_pi, opt_b, *rollout(policy)))
