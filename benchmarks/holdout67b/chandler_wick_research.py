# expect: crash
"""Chandler wick trimming as a sequential decision problem.

A toy candle-shop simulator: at every step the agent sees the flame height,
soot level and wax pool depth and chooses one of three actions (leave, trim,
snuff-and-relight). A GRU policy is trained with REINFORCE; a separate GRU value
network serves as the baseline. Everything is research-code style: argparse,
a config dict, logging, running statistics, a small rollout buffer and periodic
greedy evaluation.
"""
import argparse
import logging
import math
import random
import statistics
import time
from dataclasses import dataclass, field
from typing import List

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical

log = logging.getLogger("chandler")

CONFIG = {
    "seed": 3,
    "obs_dim": 3,
    "n_actions": 3,
    "hidden": 10,
    "horizon": 6,
    "episodes_per_iter": 4,
    "iterations": 3,
    "gamma": 0.95,
    "policy_lr": 1e-2,
    "value_lr": 1e-2,
    "entropy_coef": 0.01,
    "eval_every": 2,
    "eval_episodes": 2,
    "normalise_adv": True,
}


# --------------------------------------------------------------------------- #
# environment
# --------------------------------------------------------------------------- #
class CandleShop:
    """Flame height drifts up, soot accumulates; trimming costs a little."""

    def __init__(self, horizon, rng):
        self.horizon = horizon
        self.rng = rng

    def reset(self):
        self.t = 0
        self.flame = 1.0 + self.rng.random()
        self.soot = 0.0
        self.pool = 0.2
        return self._obs()

    def _obs(self):
        return torch.tensor([self.flame, self.soot, self.pool], dtype=torch.float32)

    def step(self, action):
        self.t += 1
        reward = 0.0
        if action == 1:            # trim
            self.flame = max(0.5, self.flame - 0.6)
            reward -= 0.1
        elif action == 2:          # snuff and relight
            self.flame, self.soot = 0.8, max(0.0, self.soot - 0.5)
            reward -= 0.3
        self.flame += 0.2 * self.rng.random()
        self.soot += 0.1 * max(0.0, self.flame - 1.2)
        self.pool = min(1.0, self.pool + 0.05)
        reward += 1.0 - abs(self.flame - 1.0) - self.soot
        done = self.t >= self.horizon
        return self._obs(), reward, done


# --------------------------------------------------------------------------- #
# networks
# --------------------------------------------------------------------------- #
class RecurrentPolicy(nn.Module):
    def __init__(self, obs_dim, hidden, n_actions):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_actions)

    def forward(self, obs_seq, h=None):
        out, h = self.gru(obs_seq, h)
        return self.logits(out), h


class RecurrentValue(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq):
        out, _ = self.gru(obs_seq)
        return self.v(out).squeeze(-1)


# --------------------------------------------------------------------------- #
# rollouts
# --------------------------------------------------------------------------- #
@dataclass
class Episode:
    obs: List[torch.Tensor] = field(default_factory=list)
    actions: List[int] = field(default_factory=list)
    rewards: List[float] = field(default_factory=list)
    log_probs: List[torch.Tensor] = field(default_factory=list)
    entropies: List[torch.Tensor] = field(default_factory=list)
    values: torch.Tensor = None

    @property
    def ret(self):
        return sum(self.rewards)


def discounted_returns(rewards, gamma):
    out, running = [], 0.0
    for r in reversed(rewards):
        running = r + gamma * running
        out.append(running)
    return torch.tensor(list(reversed(out)))


def rollout(env, policy, greedy=False):
    ep = Episode()
    obs, h, done = env.reset(), None, False
    while not done:
        logits, h = policy(obs.view(1, 1, -1), h)
        dist = Categorical(logits=logits[0, -1])
        a = dist.probs.argmax() if greedy else dist.sample()
        ep.obs.append(obs)
        ep.actions.append(int(a))
        ep.log_probs.append(dist.log_prob(a))
        ep.entropies.append(dist.entropy())
        obs, r, done = env.step(int(a))
        ep.rewards.append(r)
    return ep


def attach_baseline(value_net, episodes):
    """Baseline values for every visited state; the critic is run deterministically."""
    value_net.eval()
    for ep in episodes:
        ep.values = value_net(torch.stack(ep.obs)[None])[0]


# --------------------------------------------------------------------------- #
# statistics
# --------------------------------------------------------------------------- #
class RunningStat:
    def __init__(self):
        self.n, self.mean, self.m2 = 0, 0.0, 0.0

    def push(self, x):
        self.n += 1
        d = x - self.mean
        self.mean += d / self.n
        self.m2 += d * (x - self.mean)

    @property
    def std(self):
        return math.sqrt(self.m2 / (self.n - 1)) if self.n > 1 else 0.0


def explained_variance(values, returns):
    var = returns.var()
    return float("nan") if var == 0 else (1 - (returns - values).var() / var).item()


# --------------------------------------------------------------------------- #
# updates
# --------------------------------------------------------------------------- #
def policy_update(policy_opt, episodes, cfg):
    losses = []
    for ep in episodes:
        ret = discounted_returns(ep.rewards, cfg["gamma"])
        adv = ret - ep.values.detach()
        if cfg["normalise_adv"] and len(adv) > 1:
            adv = (adv - adv.mean()) / (adv.std() + 1e-8)
        lp = torch.stack(ep.log_probs)
        ent = torch.stack(ep.entropies)
        losses.append(-(lp * adv).sum() - cfg["entropy_coef"] * ent.sum())
    loss = torch.stack(losses).mean()
    policy_opt.zero_grad()
    loss.backward()
    policy_opt.step()
    return loss.item()


def value_update(value_opt, episodes, cfg):
    losses = []
    for ep in episodes:
        ret = discounted_returns(ep.rewards, cfg["gamma"])
        losses.append(F.mse_loss(ep.values, ret))
    loss = torch.stack(losses).mean()
    value_opt.zero_grad()
    loss.backward()  # TM001-here
    value_opt.step()
    ev = statistics.mean(explained_variance(ep.values.detach(),
                                            discounted_returns(ep.rewards, cfg["gamma"]))
                         for ep in episodes)
    return loss.item(), ev


@torch.no_grad()
def greedy_eval(env, policy, n):
    policy.eval()
    rets = [rollout(env, policy, greedy=True).ret for _ in range(n)]
    policy.train()
    return sum(rets) / n


# --------------------------------------------------------------------------- #
# reporting
# --------------------------------------------------------------------------- #
ACTION_NAMES = ("leave", "trim", "relight")


def action_histogram(episodes, n_actions):
    counts = [0] * n_actions
    for ep in episodes:
        for a in ep.actions:
            counts[a] += 1
    total = max(sum(counts), 1)
    return {ACTION_NAMES[i]: round(c / total, 3) for i, c in enumerate(counts)}


def linear_decay(opt, base_lr, it, total):
    frac = 1.0 - it / max(total, 1)
    for group in opt.param_groups:
        group["lr"] = base_lr * max(frac, 0.1)


def print_table(rows):
    if not rows:
        return
    keys = list(rows[0])
    widths = {k: max(len(k), *(len(f"{r[k]}") for r in rows)) for k in keys}
    print(" | ".join(k.ljust(widths[k]) for k in keys))
    print("-+-".join("-" * widths[k] for k in keys))
    for r in rows:
        print(" | ".join(f"{r[k]}".ljust(widths[k]) for k in keys))


# --------------------------------------------------------------------------- #
# main loop
# --------------------------------------------------------------------------- #
def parse_args():
    ap = argparse.ArgumentParser(description="REINFORCE with a GRU baseline for wick trimming")
    ap.add_argument("--iterations", type=int, default=CONFIG["iterations"])
    ap.add_argument("--horizon", type=int, default=CONFIG["horizon"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--no-normalise", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args()


def train(cfg):
    rng = random.Random(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    env = CandleShop(cfg["horizon"], rng)
    policy = RecurrentPolicy(cfg["obs_dim"], cfg["hidden"], cfg["n_actions"])
    value = RecurrentValue(cfg["obs_dim"], cfg["hidden"])
    p_opt = torch.optim.Adam(policy.parameters(), lr=cfg["policy_lr"])
    v_opt = torch.optim.Adam(value.parameters(), lr=cfg["value_lr"])
    stat = RunningStat()
    rows = []
    policy.train()
    value.train()

    for it in range(cfg["iterations"]):
        t0 = time.perf_counter()
        linear_decay(p_opt, cfg["policy_lr"], it, cfg["iterations"])
        episodes = [rollout(env, policy) for _ in range(cfg["episodes_per_iter"])]
        for ep in episodes:
            stat.push(ep.ret)
        attach_baseline(value, episodes)
        p_loss = policy_update(p_opt, episodes, cfg)
        v_loss, ev = value_update(v_opt, episodes, cfg)
        log.info("iter %d return %.3f (running %.3f +- %.3f) p_loss %.3f v_loss %.3f ev %.3f [%.2fs]",
                 it, statistics.mean(ep.ret for ep in episodes), stat.mean, stat.std,
                 p_loss, v_loss, ev, time.perf_counter() - t0)
        rows.append({"iter": it, "return": round(stat.mean, 3), **action_histogram(episodes, cfg["n_actions"])})
        if (it + 1) % cfg["eval_every"] == 0:
            log.info("greedy return %.3f", greedy_eval(env, policy, cfg["eval_episodes"]))
    print_table(rows)
    return policy, value


def main():
    args = parse_args()
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = dict(CONFIG, iterations=args.iterations, horizon=args.horizon, seed=args.seed)
    if args.no_normalise:
        cfg["normalise_adv"] = False
    train(cfg)


if __name__ == "__main__":
    main()
