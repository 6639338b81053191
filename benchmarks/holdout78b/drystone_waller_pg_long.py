# expect: crash
"""REINFORCE with a learned baseline for dry-stone walling.

A waller picks, course by course, which size class of stone to lay next.  The state is the
sequence of courses laid so far (height, batter, gap fill).  The policy is an MLP over a small
LSTM summary; the baseline is a separate LSTM value network trained by regression on returns.

    python drystone_waller_pg_long.py --iters 3 --episodes 4

Research-code layout: config dict, argparse overrides, logging, metrics, periodic greedy evaluation.
"""
import argparse
import collections
import json
import logging
import math
import os
import random
import statistics
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("drystone")

CONFIG = {
    "seed": 21,
    "n_stone_classes": 4,
    "obs_dim": 3,
    "wall_courses": 6,
    "policy_hidden": 12,
    "baseline_hidden": 8,
    "iters": 3,
    "episodes": 4,
    "gamma": 0.97,
    "policy_lr": 1e-2,
    "baseline_lr": 5e-3,
    "entropy_coef": 0.01,
    "eval_every": 1,
    "eval_episodes": 2,
    "normalise_advantages": True,
    "log_json": True,
}


# ----------------------------------------------------------------------------------
# environment
# ----------------------------------------------------------------------------------
class WallEnv:
    """Tiny synthetic wall: reward for keeping the batter near target and gaps filled."""

    SIZES = (0.2, 0.35, 0.5, 0.8)

    def __init__(self, courses, rng):
        self.courses = courses
        self.rng = rng
        self.reset()

    def reset(self):
        self.t = 0
        self.height = 0.0
        self.batter = 0.0
        self.gap = self.rng.random()
        self.history = [self._obs()]
        return torch.stack(self.history)

    def _obs(self):
        return torch.tensor([self.height, self.batter, self.gap], dtype=torch.float32)

    def step(self, action):
        size = self.SIZES[action]
        self.height += size
        self.batter = 0.8 * self.batter + 0.2 * (size - 0.4)
        fill = max(0.0, self.gap - size * 0.5)
        self.gap = 0.5 * fill + 0.5 * self.rng.random()
        reward = -abs(self.batter) - fill + 0.1 * size
        self.t += 1
        self.history.append(self._obs())
        done = self.t >= self.courses
        return torch.stack(self.history), reward, done


# ----------------------------------------------------------------------------------
# networks
# ----------------------------------------------------------------------------------
class Policy(nn.Module):
    def __init__(self, obs_dim, hidden, n_actions):
        super().__init__()
        self.summary = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.mlp = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_actions))

    def forward(self, history):
        out, _ = self.summary(history.unsqueeze(0))
        return self.mlp(out[0, -1])


class ValueBaseline(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.rnn = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, history):
        out, _ = self.rnn(history.unsqueeze(0))
        return self.v(out[0, -1]).squeeze(-1)


# ----------------------------------------------------------------------------------
# utilities
# ----------------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--iters", type=int)
    p.add_argument("--episodes", type=int)
    p.add_argument("--gamma", type=float)
    p.add_argument("--seed", type=int)
    p.add_argument("--no-normalise", action="store_true")
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(CONFIG)
    for k in ("iters", "episodes", "gamma", "seed"):
        v = getattr(args, k)
        if v is not None:
            cfg[k] = v
    if args.no_normalise:
        cfg["normalise_advantages"] = False
    return cfg


def discounted_returns(rewards, gamma):
    out, running = [], 0.0
    for r in reversed(rewards):
        running = r + gamma * running
        out.append(running)
    return list(reversed(out))


class RunningStats:
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


class Metrics:
    def __init__(self):
        self.rows = []
        self.current = collections.OrderedDict()

    def log(self, **kw):
        self.current.update(kw)

    def commit(self):
        self.rows.append(dict(self.current))
        self.current.clear()

    def last(self):
        return self.rows[-1] if self.rows else {}


def explained_variance(pred, target):
    """1 - Var[target - pred] / Var[target]; 1 is a perfect baseline, 0 no better than a constant."""
    var_t = target.var().item() if target.numel() > 1 else 0.0
    if var_t == 0.0:
        return float("nan")
    return 1.0 - (target - pred).var().item() / var_t


def wall_height_profile(env):
    return [round(float(h[0]), 3) for h in env.history]


# ----------------------------------------------------------------------------------
# rollouts
# ----------------------------------------------------------------------------------
def run_episode(env, policy, greedy=False):
    obs = env.reset()
    logps, entropies, rewards, histories = [], [], [], []
    done = False
    while not done:
        logits = policy(obs)
        dist = torch.distributions.Categorical(logits=logits)
        action = logits.argmax() if greedy else dist.sample()
        logps.append(dist.log_prob(action))
        entropies.append(dist.entropy())
        histories.append(obs)
        obs, r, done = env.step(int(action))
        rewards.append(r)
    return {"logps": logps, "entropies": entropies, "rewards": rewards, "histories": histories}


def collect(env, policy, n):
    return [run_episode(env, policy) for _ in range(n)]


def evaluate_policy(env, policy, baseline, n):
    """Greedy evaluation; also reports baseline calibration on the greedy episodes."""
    policy.eval()
    baseline.eval()
    totals, value_err = [], []
    with torch.no_grad():
        for _ in range(n):
            ep = run_episode(env, policy, greedy=True)
            totals.append(sum(ep["rewards"]))
            rets = discounted_returns(ep["rewards"], CONFIG["gamma"])
            preds = [baseline(h).item() for h in ep["histories"]]
            value_err.append(statistics.fmean(abs(a - b) for a, b in zip(preds, rets)))
    return statistics.fmean(totals), statistics.fmean(value_err)


# ----------------------------------------------------------------------------------
# updates
# ----------------------------------------------------------------------------------
def baseline_update(baseline, b_opt, episodes, cfg):
    values, targets = [], []
    for ep in episodes:
        rets = discounted_returns(ep["rewards"], cfg["gamma"])
        for h, g in zip(ep["histories"], rets):
            values.append(baseline(h))
            targets.append(g)
    values = torch.stack(values)
    targets = torch.tensor(targets)
    loss = F.mse_loss(values, targets)
    b_opt.zero_grad()
    loss.backward()  # TM001-here
    b_opt.step()
    return loss.item(), values.detach(), targets


def policy_update(policy, p_opt, episodes, values, targets, cfg):
    adv = targets - values
    if cfg["normalise_advantages"] and adv.numel() > 1:
        adv = (adv - adv.mean()) / (adv.std() + 1e-8)
    logps = torch.stack([lp for ep in episodes for lp in ep["logps"]])
    ent = torch.stack([e for ep in episodes for e in ep["entropies"]])
    loss = -(adv * logps).mean() - cfg["entropy_coef"] * ent.mean()
    p_opt.zero_grad()
    loss.backward()
    p_opt.step()
    return loss.item(), ent.mean().item()


# ----------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------
def train(cfg):
    rng = random.Random(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    env = WallEnv(cfg["wall_courses"], rng)
    policy = Policy(cfg["obs_dim"], cfg["policy_hidden"], cfg["n_stone_classes"])
    baseline = ValueBaseline(cfg["obs_dim"], cfg["baseline_hidden"])
    p_opt = torch.optim.Adam(policy.parameters(), lr=cfg["policy_lr"])
    b_opt = torch.optim.Adam(baseline.parameters(), lr=cfg["baseline_lr"])
    metrics, ret_stats = Metrics(), RunningStats()
    for it in range(cfg["iters"]):
        policy.train()
        episodes = collect(env, policy, cfg["episodes"])
        for ep in episodes:
            ret_stats.push(sum(ep["rewards"]))
        b_loss, values, targets = baseline_update(baseline, b_opt, episodes, cfg)
        p_loss, entropy = policy_update(policy, p_opt, episodes, values, targets, cfg)
        metrics.log(iter=it, policy_loss=round(p_loss, 4), baseline_loss=round(b_loss, 4),
                    entropy=round(entropy, 4), return_mean=round(ret_stats.mean, 4),
                    return_std=round(ret_stats.std, 4),
                    explained_var=round(explained_variance(values, targets), 4))
        LOG.debug("profile %s", wall_height_profile(env))
        if (it + 1) % cfg["eval_every"] == 0:
            greedy, verr = evaluate_policy(env, policy, baseline, cfg["eval_episodes"])
            metrics.log(greedy_return=round(greedy, 4), value_error=round(verr, 4))
        metrics.commit()
        LOG.info("iter %d %s", it, metrics.last())
    return policy, baseline, metrics


def dump_metrics(metrics):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="drystone_")
    with os.fdopen(fd, "w") as fh:
        json.dump(metrics.rows, fh)
    size = os.path.getsize(path)
    os.remove(path)
    return size


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="[%(levelname)s] %(message)s")
    cfg = merge_config(args)
    LOG.info("config %s", cfg)
    _, _, metrics = train(cfg)
    if cfg["log_json"]:
        LOG.info("wrote %d bytes of metrics", dump_metrics(metrics))
    print(metrics.last())


if __name__ == "__main__":
    main()
