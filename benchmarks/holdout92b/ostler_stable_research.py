# expect: clean
"""Ostler stable rota: REINFORCE with a learned baseline.

A coaching-inn ostler decides, hour by hour, which of K stalls to send the next arriving
horse to.  The policy is an LSTM over the recent arrival history; a separate GRU baseline
network predicts the return so that the policy gradient has lower variance.  Every few
iterations we log the baseline's value estimates on a fixed probe set (eval mode, no grad).

Usage:
    python ostler_stable_research.py --iters 4 --episodes 4
"""
import argparse
import logging
import math
import os
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("ostler")

CONFIG = {
    "seed": 5,
    "n_stalls": 3,
    "obs_dim": 4,
    "horizon": 6,
    "hidden": 8,
    "gamma": 0.95,
    "policy_lr": 5e-3,
    "baseline_lr": 1e-2,
    "entropy_coef": 0.01,
    "iters": 4,
    "episodes": 4,
    "log_every": 2,
    "probe_size": 4,
}


# ------------------------------------------------------------------ cli / setup
def get_args(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--iters", type=int, default=CONFIG["iters"])
    ap.add_argument("--episodes", type=int, default=CONFIG["episodes"])
    ap.add_argument("--gamma", type=float, default=CONFIG["gamma"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def configure(args):
    cfg = dict(CONFIG)
    for k in ("iters", "episodes", "gamma", "seed"):
        cfg[k] = getattr(args, k)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    return cfg


# ------------------------------------------------------------------ environment
class StableEnv:
    """Horses arrive with (size, temper, wetness, hunger); stalls differ in size and straw."""

    def __init__(self, cfg, rng):
        self.cfg = cfg
        self.rng = rng
        self.stall_size = [0.3, 0.6, 0.9][: cfg["n_stalls"]]
        self.reset()

    def reset(self):
        self.t = 0
        self.occupancy = [0] * self.cfg["n_stalls"]
        self.horse = self._arrival()
        return self.horse

    def _arrival(self):
        return torch.tensor([self.rng.random() for _ in range(self.cfg["obs_dim"])])

    def step(self, stall):
        size = self.horse[0].item()
        fit = 1.0 - abs(size - self.stall_size[stall])
        crowd = 0.2 * self.occupancy[stall]
        reward = fit - crowd + 0.05 * self.rng.gauss(0, 1)
        self.occupancy[stall] += 1
        self.t += 1
        self.horse = self._arrival()
        done = self.t >= self.cfg["horizon"]
        return self.horse, reward, done


# ------------------------------------------------------------------ networks
class Policy(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.LSTM(cfg["obs_dim"], cfg["hidden"], batch_first=True)
        self.pi = nn.Linear(cfg["hidden"], cfg["n_stalls"])

    def forward(self, history):
        h, _ = self.rnn(history)
        return self.pi(h)


class Baseline(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.rnn = nn.GRU(cfg["obs_dim"], cfg["hidden"], batch_first=True)
        self.v = nn.Linear(cfg["hidden"], 1)

    def forward(self, history):
        h, _ = self.rnn(history)
        return self.v(h).squeeze(-1)


def set_mode(nets, training):
    for net in nets:
        net.train(training)


# ------------------------------------------------------------------ rollouts
@dataclass
class Episode:
    obs: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    rewards: list = field(default_factory=list)

    def as_tensors(self):
        return torch.stack(self.obs), torch.tensor(self.actions), torch.tensor(self.rewards)


def rollout(env, policy):
    ep = Episode()
    obs = env.reset()
    done = False
    with torch.no_grad():
        while not done:
            ep.obs.append(obs)
            logits = policy(torch.stack(ep.obs).unsqueeze(0))[0, -1]
            a = torch.distributions.Categorical(logits=logits).sample().item()
            obs, r, done = env.step(a)
            ep.actions.append(a)
            ep.rewards.append(r)
    return ep


def discounted_returns(rewards, gamma):
    out, g = [], 0.0
    for r in reversed(rewards.tolist()):
        g = r + gamma * g
        out.append(g)
    return torch.tensor(list(reversed(out)))


# ------------------------------------------------------------------ metrics
def explained_variance(pred, target):
    var_t = target.var(unbiased=False)
    if var_t.item() == 0:
        return float("nan")
    return 1.0 - (target - pred).var(unbiased=False).item() / var_t.item()


def entropy_of(logits):
    p = F.softmax(logits, -1)
    return -(p * F.log_softmax(logits, -1)).sum(-1).mean()


class RunningStats:
    def __init__(self):
        self.values = []

    def push(self, v):
        self.values.append(v)

    def mean(self):
        return statistics.fmean(self.values) if self.values else float("nan")

    def stdev(self):
        return statistics.pstdev(self.values) if len(self.values) > 1 else 0.0


# ------------------------------------------------------------------ learner
class Learner:
    def __init__(self, cfg):
        self.cfg = cfg
        self.policy = Policy(cfg)
        self.baseline = Baseline(cfg)
        self.p_opt = torch.optim.Adam(self.policy.parameters(), lr=cfg["policy_lr"])
        self.b_opt = torch.optim.Adam(self.baseline.parameters(), lr=cfg["baseline_lr"])
        self.probe = torch.rand(cfg["probe_size"], cfg["horizon"], cfg["obs_dim"])

    def log_values(self, it):
        """Probe the baseline on a fixed set of histories."""
        self.baseline.eval()
        with torch.no_grad():
            v = self.baseline(self.probe)
        log.info("iter %d probe values mean=%.3f spread=%.3f", it, v.mean().item(),
                 (v.max() - v.min()).item())
        return v

    def update(self, episodes):
        set_mode([self.policy, self.baseline], True)
        p_losses, b_losses, evs = [], [], []
        for ep in episodes:
            obs, actions, rewards = ep.as_tensors()
            ret = discounted_returns(rewards, self.cfg["gamma"])
            hist = obs.unsqueeze(0)
            values = self.baseline(hist)[0]
            adv = (ret - values).detach()
            logits = self.policy(hist)[0]
            logp = F.log_softmax(logits, -1).gather(1, actions.unsqueeze(1)).squeeze(1)
            p_loss = -(logp * adv).mean() - self.cfg["entropy_coef"] * entropy_of(logits)
            b_loss = F.mse_loss(values, ret)
            p_losses.append(p_loss)
            b_losses.append(b_loss)
            evs.append(explained_variance(values.detach(), ret))
        self.p_opt.zero_grad()
        torch.stack(p_losses).mean().backward()
        self.p_opt.step()
        self.b_opt.zero_grad()
        torch.stack(b_losses).mean().backward()
        self.b_opt.step()
        return (torch.stack(p_losses).mean().item(), torch.stack(b_losses).mean().item(),
                statistics.fmean([e for e in evs if not math.isnan(e)] or [0.0]))


# ------------------------------------------------------------------ evaluation / persistence
def greedy_return(env, policy, n_episodes=2):
    """Roll out the arg-max policy (no sampling) and average the undiscounted return."""
    was = policy.training
    policy.eval()
    totals = []
    with torch.no_grad():
        for _ in range(n_episodes):
            obs, done, hist, total = env.reset(), False, [], 0.0
            while not done:
                hist.append(obs)
                a = policy(torch.stack(hist).unsqueeze(0))[0, -1].argmax().item()
                obs, r, done = env.step(a)
                total += r
            totals.append(total)
    policy.train(was)
    return statistics.fmean(totals)


def stall_histogram(episodes, n_stalls):
    counts = [0] * n_stalls
    for ep in episodes:
        for a in ep.actions:
            counts[a] += 1
    total = sum(counts) or 1
    return [c / total for c in counts]


def snapshot(learner, path):
    torch.save({"policy": learner.policy.state_dict(),
                "baseline": learner.baseline.state_dict()}, path)


def restore(learner, path):
    blob = torch.load(path)
    learner.policy.load_state_dict(blob["policy"])
    learner.baseline.load_state_dict(blob["baseline"])


def report_table(rows):
    header = f"{'iter':>4} {'greedy':>8} {'stalls':>20}"
    lines = [header, "-" * len(header)]
    for it, g, hist in rows:
        lines.append(f"{it:>4} {g:>8.3f} {' '.join(f'{h:.2f}' for h in hist):>20}")
    return "\n".join(lines)


# ------------------------------------------------------------------ main
def run(cfg):
    rng = random.Random(cfg["seed"])
    env = StableEnv(cfg, rng)
    learner = Learner(cfg)
    returns = RunningStats()
    rows = []
    t0 = time.perf_counter()
    for it in range(cfg["iters"]):
        if it % cfg["log_every"] == 0:
            learner.log_values(it)
        episodes = [rollout(env, learner.policy) for _ in range(cfg["episodes"])]
        for ep in episodes:
            returns.push(sum(ep.rewards))
        p_loss, b_loss, ev = learner.update(episodes)
        log.info("iter %d p_loss=%.4f b_loss=%.4f ev=%.3f return=%.3f±%.3f", it, p_loss,
                 b_loss, ev, returns.mean(), returns.stdev())
        rows.append((it, greedy_return(env, learner.policy),
                     stall_histogram(episodes, cfg["n_stalls"])))
    fd, path = tempfile.mkstemp(suffix=".pt", prefix="ostler_")
    os.close(fd)
    try:
        snapshot(learner, path)
        restore(learner, path)
    finally:
        os.remove(path)
    print(report_table(rows))
    log.info("done in %.2fs", time.perf_counter() - t0)
    return returns.mean()


def main(argv=None):
    args = get_args(argv)
    cfg = configure(args)
    score = run(cfg)
    print(f"mean return {score:.3f}")


if __name__ == "__main__":
    main()
