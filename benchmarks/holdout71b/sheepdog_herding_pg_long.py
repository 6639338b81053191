# expect: clean
"""
Sheepdog herding trials: REINFORCE with a learned baseline over a recurrent policy.

A toy grid-free herding environment (the flock centre drifts, the dog nudges it
towards the pen). The policy and the baseline are GRUs over the observation
history. Rollouts are collected with the policy in eval mode (no dropout,
deterministic noise-free features) under no_grad; the update re-runs the stored
observation sequences through the policy in train mode.

    python sheepdog_herding_pg_long.py --iterations 3 --episodes 4
"""
import argparse
import logging
import math
import random
import statistics
import sys
from collections import deque, namedtuple

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("herding")

CONFIG = {
    "seed": 17,
    "iterations": 3,
    "episodes": 4,
    "horizon": 8,
    "gamma": 0.97,
    "hidden": 12,
    "policy_lr": 3e-3,
    "baseline_lr": 5e-3,
    "entropy_coef": 0.01,
    "max_grad_norm": 0.5,
    "obs_dim": 5,
    "n_actions": 4,
    "reward_window": 10,
}

Episode = namedtuple("Episode", "obs actions rewards")

MOVES = torch.tensor([[1.0, 0.0], [-1.0, 0.0], [0.0, 1.0], [0.0, -1.0]])


# ------------------------------------------------------------------- env
class HerdingTrial:
    def __init__(self, horizon, pen=(3.0, 3.0)):
        self.horizon = horizon
        self.pen = torch.tensor(pen)

    def reset(self):
        self.t = 0
        self.flock = torch.randn(2)
        self.dog = torch.randn(2) * 2
        return self._obs()

    def _obs(self):
        d = self.pen - self.flock
        return torch.cat([self.flock, self.dog - self.flock, d.norm().unsqueeze(0)])

    def step(self, action):
        self.dog = self.dog + 0.5 * MOVES[action]
        push = self.flock - self.dog
        dist = push.norm().clamp_min(0.3)
        self.flock = self.flock + 0.4 * push / dist ** 2 + 0.05 * torch.randn(2)
        self.t += 1
        reward = -(self.pen - self.flock).norm().item()
        done = self.t >= self.horizon or reward > -0.5
        if reward > -0.5:
            reward += 5.0
        return self._obs(), reward, done


# ---------------------------------------------------------------- models
class RecurrentPolicy(nn.Module):
    def __init__(self, obs_dim, hidden, n_actions):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(obs_dim, hidden), nn.Tanh(), nn.Dropout(0.1))
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_actions)

    def forward(self, obs_seq, h=None):
        z, h = self.gru(self.inp(obs_seq), h)
        return self.logits(z), h


class RecurrentBaseline(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq):
        z, _ = self.gru(obs_seq)
        return self.v(z).squeeze(-1)


# --------------------------------------------------------------- helpers
def discounted_returns(rewards, gamma):
    out, running = [], 0.0
    for r in reversed(rewards):
        running = r + gamma * running
        out.append(running)
    return list(reversed(out))


def pad_stack(seqs, dim):
    T = max(len(s) for s in seqs)
    out = torch.zeros(len(seqs), T, *dim)
    mask = torch.zeros(len(seqs), T)
    for i, s in enumerate(seqs):
        out[i, : len(s)] = torch.stack(s) if isinstance(s, list) else s
        mask[i, : len(s)] = 1.0
    return out, mask


def grad_norm(params):
    total = 0.0
    for p in params:
        if p.grad is not None:
            total += p.grad.pow(2).sum().item()
    return math.sqrt(total)


class RunningStats:
    def __init__(self, window):
        self.buf = deque(maxlen=window)

    def push(self, v):
        self.buf.append(v)

    def mean(self):
        return statistics.fmean(self.buf) if self.buf else float("nan")

    def stdev(self):
        return statistics.pstdev(self.buf) if len(self.buf) > 1 else 0.0


# -------------------------------------------------------------- rollouts
@torch.no_grad()
def collect(policy, env, episodes):
    policy.eval()
    batch = []
    for _ in range(episodes):
        obs, h = env.reset(), None
        o_list, a_list, r_list = [], [], []
        done = False
        while not done:
            logits, h = policy(obs.view(1, 1, -1), h)
            a = torch.distributions.Categorical(logits=logits[0, -1]).sample().item()
            o_list.append(obs)
            a_list.append(a)
            obs, r, done = env.step(a)
            r_list.append(r)
        batch.append(Episode(o_list, a_list, r_list))
    return batch


# ---------------------------------------------------------------- update
def update(policy, baseline, opt_pi, opt_b, batch, cfg):
    obs, mask = pad_stack([e.obs for e in batch], (cfg["obs_dim"],))
    acts, _ = pad_stack([torch.tensor(e.actions, dtype=torch.float) for e in batch], ())
    rets, _ = pad_stack([torch.tensor(discounted_returns(e.rewards, cfg["gamma"])) for e in batch], ())
    acts = acts.long()

    baseline.train()
    values = baseline(obs)
    b_loss = ((values - rets).pow(2) * mask).sum() / mask.sum()
    opt_b.zero_grad()
    b_loss.backward()
    opt_b.step()

    adv = (rets - values.detach()) * mask
    adv = (adv - adv.sum() / mask.sum()) / (adv.std() + 1e-6)

    policy.train()
    logits, _ = policy(obs)
    logp = F.log_softmax(logits, -1)
    chosen = logp.gather(-1, acts.unsqueeze(-1)).squeeze(-1)
    entropy = -(logp.exp() * logp).sum(-1)
    pi_loss = -((chosen * adv + cfg["entropy_coef"] * entropy) * mask).sum() / mask.sum()
    opt_pi.zero_grad()
    pi_loss.backward()
    gn = grad_norm(policy.parameters())
    nn.utils.clip_grad_norm_(policy.parameters(), cfg["max_grad_norm"])
    opt_pi.step()
    return {"pi_loss": pi_loss.item(), "b_loss": b_loss.item(), "grad_norm": gn}


# -------------------------------------------------------------- evaluate
@torch.no_grad()
def greedy_trial(policy, env):
    policy.eval()
    obs, h, total, done = env.reset(), None, 0.0, False
    while not done:
        logits, h = policy(obs.view(1, 1, -1), h)
        obs, r, done = env.step(logits[0, -1].argmax().item())
        total += r
    return total


def summarise(history):
    keys = history[0].keys()
    return {k: round(statistics.fmean(h[k] for h in history), 4) for k in keys}


# --------------------------------------------------------------- logging
def ascii_curve(values, width=30):
    if not values:
        return ""
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    rows = []
    for v in values:
        n = int((v - lo) / span * width)
        rows.append(f"{v:8.3f} |" + "#" * n)
    return "\n".join(rows)


def success_rate(policy, env, trials=4):
    wins = 0
    for _ in range(trials):
        if greedy_trial(policy, env) > 0:
            wins += 1
    return wins / trials


def dump_episodes(batch, path):
    import csv

    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["episode", "t", "action", "reward"])
        for i, e in enumerate(batch):
            for t, (a, r) in enumerate(zip(e.actions, e.rewards)):
                w.writerow([i, t, a, f"{r:.4f}"])
    return path


def episode_lengths(batch):
    return [len(e.actions) for e in batch]


def action_histogram(batch, n_actions):
    counts = [0] * n_actions
    for e in batch:
        for a in e.actions:
            counts[a] += 1
    total = sum(counts) or 1
    return [round(c / total, 3) for c in counts]


# ------------------------------------------------------------------- cli
def get_args(argv=None):
    p = argparse.ArgumentParser(description="REINFORCE with a GRU baseline for herding trials")
    p.add_argument("--iterations", type=int, default=CONFIG["iterations"])
    p.add_argument("--episodes", type=int, default=CONFIG["episodes"])
    p.add_argument("--horizon", type=int, default=CONFIG["horizon"])
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--entropy-coef", type=float, default=CONFIG["entropy_coef"])
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, stream=sys.stdout,
                        format="%(name)s:%(lineno)d %(message)s")
    cfg = dict(CONFIG, iterations=args.iterations, episodes=args.episodes,
               horizon=args.horizon, seed=args.seed, entropy_coef=args.entropy_coef)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])

    env = HerdingTrial(cfg["horizon"])
    policy = RecurrentPolicy(cfg["obs_dim"], cfg["hidden"], cfg["n_actions"])
    baseline = RecurrentBaseline(cfg["obs_dim"], cfg["hidden"])
    opt_pi = torch.optim.Adam(policy.parameters(), lr=cfg["policy_lr"])
    opt_b = torch.optim.Adam(baseline.parameters(), lr=cfg["baseline_lr"])
    stats = RunningStats(cfg["reward_window"])
    history = []

    for it in range(cfg["iterations"]):
        batch = collect(policy, env, cfg["episodes"])
        for e in batch:
            stats.push(sum(e.rewards))
        info = update(policy, baseline, opt_pi, opt_b, batch, cfg)
        history.append(info)
        log.info("iter %d return %.3f +- %.3f pi %.4f b %.4f |g| %.3f", it, stats.mean(), stats.stdev(),
                 info["pi_loss"], info["b_loss"], info["grad_norm"])

    log.info("summary %s", summarise(history))
    log.info("lengths %s actions %s", episode_lengths(batch), action_histogram(batch, cfg["n_actions"]))
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = dump_episodes(batch, os.path.join(tmp, "episodes.csv"))
        log.info("episode log: %d bytes", os.path.getsize(path))
    curve = [h["pi_loss"] for h in history]
    print(ascii_curve(curve))
    log.info("success rate %.2f", success_rate(policy, env))
    log.info("greedy trial return %.3f", greedy_trial(policy, env))


if __name__ == "__main__":
    main()
