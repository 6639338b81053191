# expect: crash
"""Dowsing-route policy (REINFORCE with a learned GRU baseline). Episodes are a few
moves over a synthetic aquifer grid; the baseline regresses the return-to-go."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)
OBS, ACTIONS, HID, HORIZON, EPISODES = 4, 3, 8, 5, 4


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(OBS, HID, batch_first=True)
        self.logits = nn.Linear(HID, ACTIONS)

    def forward(self, obs_seq):
        h, _ = self.gru(obs_seq)
        return self.logits(h)


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(OBS, HID, batch_first=True)
        self.v = nn.Linear(HID, 1)

    def forward(self, obs_seq):
        h, _ = self.gru(obs_seq)
        return self.v(h).squeeze(-1)


def aquifer_step(obs, action):
    reward = (obs[..., action] > 0).float() - 0.1
    return obs.roll(1, dims=-1) + 0.1 * torch.randn_like(obs), reward


@torch.no_grad()
def collect(policy, baseline):
    policy.eval()
    baseline.eval()
    obs = torch.randn(EPISODES, OBS)
    traj, acts, rews = [], [], []
    for _ in range(HORIZON):
        traj.append(obs)
        seq = torch.stack(traj, dim=1)
        a = torch.distributions.Categorical(logits=policy(seq)[:, -1]).sample()
        obs, r = aquifer_step(obs, a)
        acts.append(a)
        rews.append(r.gather(1, a.unsqueeze(1)).squeeze(1))
    return torch.stack(traj, 1), torch.stack(acts, 1), torch.stack(rews, 1)


def returns_to_go(rews, gamma=0.95):
    out = torch.zeros_like(rews)
    running = torch.zeros(rews.shape[0])
    for t in reversed(range(rews.shape[1])):
        running = rews[:, t] + gamma * running
        out[:, t] = running
    return out


def update(policy, baseline, opt, traj, acts, rews):
    policy.train()
    ret = returns_to_go(rews)
    values = baseline(traj)
    adv = (ret - values).detach()
    logp = F.log_softmax(policy(traj), -1).gather(2, acts.unsqueeze(-1)).squeeze(-1)
    pg_loss = -(logp * adv).mean()
    v_loss = F.mse_loss(values, ret)
    opt.zero_grad()
    (pg_loss + 0.5 * v_loss).backward()  # TM001-here
    opt.step()
    return pg_loss.item(), v_loss.item(), ret[:, 0].mean().item()


def main():
    policy, baseline = Policy(), Baseline()
    opt = torch.optim.Adam(list(policy.parameters()) + list(baseline.parameters()), lr=1e-2)
    for it in range(3):
        traj, acts, rews = collect(policy, baseline)
        pg, v, ret = update(policy, baseline, opt, traj, acts, rews)
        print(f"iter {it} return {ret:.3f} pg {pg:.4f} v {v:.4f}")


if __name__ == "__main__":
    main()
