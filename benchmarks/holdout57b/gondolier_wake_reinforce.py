# expect: clean
"""Gondolier wake steering: a GRU policy picks oar strokes, trained with
REINFORCE and a learned value baseline. Rollouts are collected with the
policy in eval mode (no dropout noise); the update re-scores the stored
observations with the policy back in training mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical

torch.manual_seed(11)
OBS, HID, ACTIONS, HORIZON = 4, 8, 3, 6


class StrokePolicy(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(OBS, HID, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.logits = nn.Linear(HID, ACTIONS)

    def forward(self, obs_seq):
        out, _ = self.gru(obs_seq)
        return self.logits(self.drop(out))


class Baseline(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(OBS, HID), nn.Tanh(), nn.Linear(HID, 1))

    def forward(self, obs):
        return self.net(obs).squeeze(-1)


def canal_step(obs, action):
    drift = torch.tensor([0.1, -0.1, 0.0])[action]
    nxt = obs.clone()
    nxt[:, 0] = obs[:, 0] + drift
    nxt[:, 1:] = obs[:, 1:] * 0.9 + 0.05 * torch.randn_like(obs[:, 1:])
    reward = -nxt[:, 0].abs()
    return nxt, reward


def rollout(policy, batch=4):
    policy.eval()
    obs = torch.randn(batch, OBS)
    history, actions, rewards = [obs], [], []
    for t in range(HORIZON):
        seq = torch.stack(history, dim=1)
        logits = policy(seq)[:, -1]
        a = Categorical(logits=logits).sample()
        obs, r = canal_step(obs, a)
        history.append(obs)
        actions.append(a)
        rewards.append(r)
    obs_seq = torch.stack(history[:-1], dim=1)
    return obs_seq.detach(), torch.stack(actions, 1), torch.stack(rewards, 1)


def returns_to_go(rewards, gamma=0.95):
    out = torch.zeros_like(rewards)
    running = torch.zeros(rewards.shape[0])
    for t in reversed(range(rewards.shape[1])):
        running = rewards[:, t] + gamma * running
        out[:, t] = running
    return out


def update(policy, baseline, p_opt, b_opt, obs_seq, actions, rewards):
    policy.train()
    ret = returns_to_go(rewards)
    values = baseline(obs_seq)
    b_loss = F.mse_loss(values, ret)
    b_opt.zero_grad()
    b_loss.backward()
    b_opt.step()
    adv = (ret - values.detach())
    logp = Categorical(logits=policy(obs_seq)).log_prob(actions)
    p_loss = -(logp * adv).mean()
    p_opt.zero_grad()
    p_loss.backward()
    p_opt.step()
    return p_loss.item(), b_loss.item()


def main():
    policy, baseline = StrokePolicy(), Baseline()
    p_opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    b_opt = torch.optim.Adam(baseline.parameters(), lr=1e-2)
    for it in range(3):
        batch = rollout(policy)
        pl, bl = update(policy, baseline, p_opt, b_opt, *batch)
        print(f"iter {it} mean return {batch[2].sum(1).mean():.3f} policy {pl:.3f} baseline {bl:.3f}")


if __name__ == "__main__":
    main()
