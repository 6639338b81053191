# expect: crash
"""Threshing-floor fan control with REINFORCE and a learned baseline.

A winnower's fan speed is chosen once per tossing interval; the reward is the
fraction of chaff carried off minus a penalty for blown-away grain. The floor is
a toy simulator. The policy is an LSTM over the recent sensor history, the
baseline a GRU value network over the same history.

Usage:
    python winnower_threshing_pg_long.py --iterations 4 --eval-every 2
"""
import argparse
import json
import logging
import math
import os
import random
import shutil
import tempfile
import time
from collections import defaultdict, deque

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("threshing")

DEFAULT_CONFIG = {
    "seed": 0,
    "obs_dim": 4,
    "n_actions": 3,
    "hidden": 12,
    "horizon": 6,
    "episodes_per_iter": 4,
    "gamma": 0.95,
    "policy_lr": 3e-3,
    "baseline_lr": 1e-2,
    "entropy_coef": 0.01,
    "grad_clip": 1.0,
    "iterations": 4,
    "eval_every": 2,
    "eval_episodes": 2,
    "history": 3,
}


# --------------------------------------------------------------------------
# utilities
# --------------------------------------------------------------------------
def setup_logging(verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--iterations", type=int, default=None)
    p.add_argument("--eval-every", type=int, default=None)
    p.add_argument("--hidden", type=int, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--save-dir", type=str, default=None)
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merge_config(args):
    cfg = dict(DEFAULT_CONFIG)
    for key in ("iterations", "eval_every", "hidden", "seed"):
        value = getattr(args, key)
        if value is not None:
            cfg[key] = value
    return cfg


class RunningMeter:
    def __init__(self, window=20):
        self.values = deque(maxlen=window)

    def update(self, v):
        self.values.append(float(v))

    @property
    def mean(self):
        return sum(self.values) / max(len(self.values), 1)


class MetricBook:
    def __init__(self):
        self.meters = defaultdict(RunningMeter)
        self.rows = []

    def update(self, **kw):
        for k, v in kw.items():
            self.meters[k].update(v)

    def snapshot(self, step):
        row = {"step": step}
        row.update({k: round(m.mean, 4) for k, m in self.meters.items()})
        self.rows.append(row)
        return row


# --------------------------------------------------------------------------
# environment
# --------------------------------------------------------------------------
class ThreshingFloor:
    """Chaff and grain are tossed; fan speed 0/1/2 separates them with noise."""

    SPEEDS = (0.3, 0.6, 0.9)

    def __init__(self, obs_dim, horizon, rng):
        self.obs_dim = obs_dim
        self.horizon = horizon
        self.rng = rng
        self.t = 0
        self.moisture = 0.0
        self.wind = 0.0

    def reset(self):
        self.t = 0
        self.moisture = self.rng.uniform(0.1, 0.6)
        self.wind = self.rng.uniform(-0.2, 0.2)
        return self._obs()

    def _obs(self):
        return torch.tensor([self.moisture, self.wind, self.t / self.horizon,
                             self.rng.gauss(0.0, 0.1)])[: self.obs_dim]

    def step(self, action):
        speed = self.SPEEDS[action] + self.wind
        chaff_out = 1.0 / (1.0 + math.exp(-8 * (speed - self.moisture)))
        grain_lost = max(0.0, speed - 0.8) * 0.5
        reward = chaff_out - grain_lost + self.rng.gauss(0.0, 0.02)
        self.t += 1
        self.wind += self.rng.gauss(0.0, 0.05)
        self.moisture = max(0.0, self.moisture - 0.05)
        done = self.t >= self.horizon
        return self._obs(), reward, done


# --------------------------------------------------------------------------
# models
# --------------------------------------------------------------------------
class FanPolicy(nn.Module):
    def __init__(self, obs_dim, hidden, n_actions):
        super().__init__()
        self.embed = nn.Linear(obs_dim, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_actions)

    def forward(self, hist):
        h, _ = self.lstm(torch.tanh(self.embed(hist)))
        return self.logits(h[:, -1])


class ValueBaseline(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, hist):
        h, _ = self.gru(hist)
        return self.v(h[:, -1]).squeeze(-1)


def count_parameters(module):
    return sum(p.numel() for p in module.parameters() if p.requires_grad)


# --------------------------------------------------------------------------
# rollouts
# --------------------------------------------------------------------------
def history_tensor(window, history):
    frames = list(window)
    while len(frames) < history:
        frames.insert(0, torch.zeros_like(frames[0]))
    return torch.stack(frames[-history:]).unsqueeze(0)


def rollout(env, policy, cfg, greedy=False):
    obs = env.reset()
    window = deque([obs], maxlen=cfg["history"])
    hists, actions, rewards, logps, entropies = [], [], [], [], []
    done = False
    while not done:
        hist = history_tensor(window, cfg["history"])
        logits = policy(hist)
        dist = torch.distributions.Categorical(logits=logits)
        action = logits.argmax(-1) if greedy else dist.sample()
        obs, reward, done = env.step(int(action))
        hists.append(hist)
        actions.append(action)
        rewards.append(reward)
        logps.append(dist.log_prob(action))
        entropies.append(dist.entropy())
        window.append(obs)
    return {"hists": torch.cat(hists), "actions": torch.cat(actions),
            "rewards": rewards, "logps": torch.cat(logps), "entropies": torch.cat(entropies)}


def discounted_returns(rewards, gamma):
    out, running = [], 0.0
    for r in reversed(rewards):
        running = r + gamma * running
        out.append(running)
    return torch.tensor(list(reversed(out)))


# --------------------------------------------------------------------------
# evaluation
# --------------------------------------------------------------------------
def evaluate_policy(policy, baseline, env, cfg):
    policy.eval()
    baseline.eval()
    totals, value_err = [], []
    with torch.no_grad():
        for _ in range(cfg["eval_episodes"]):
            ep = rollout(env, policy, cfg, greedy=True)
            rets = discounted_returns(ep["rewards"], cfg["gamma"])
            totals.append(sum(ep["rewards"]))
            value_err.append(F.mse_loss(baseline(ep["hists"]), rets).item())
    return {"eval_return": sum(totals) / len(totals), "value_mse": sum(value_err) / len(value_err)}


# --------------------------------------------------------------------------
# checkpointing
# --------------------------------------------------------------------------
def save_checkpoint(save_dir, it, policy, baseline, metrics):
    path = os.path.join(save_dir, f"iter_{it:03d}.pt")
    torch.save({"policy": policy.state_dict(), "baseline": baseline.state_dict(), "metrics": metrics}, path)
    with open(os.path.join(save_dir, "latest.json"), "w") as fh:
        json.dump({"iter": it, "path": path}, fh)
    return path


# --------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------
def update_policy(policy_opt, batch, advantages, cfg, policy):
    loss = -(batch["logps"] * advantages).mean() - cfg["entropy_coef"] * batch["entropies"].mean()
    policy_opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(policy.parameters(), cfg["grad_clip"])
    policy_opt.step()
    return loss.item()


def update_baseline(baseline_opt, baseline, hists, returns):
    values = baseline(hists)
    loss = F.mse_loss(values, returns)
    baseline_opt.zero_grad()
    loss.backward()  # TM001-here
    baseline_opt.step()
    return loss.item()


def collect(env, policy, baseline, cfg):
    episodes = [rollout(env, policy, cfg) for _ in range(cfg["episodes_per_iter"])]
    batch = {k: torch.cat([e[k] for e in episodes]) for k in ("hists", "actions", "logps", "entropies")}
    returns = torch.cat([discounted_returns(e["rewards"], cfg["gamma"]) for e in episodes])
    with torch.no_grad():
        advantages = returns - baseline(batch["hists"])
    advantages = (advantages - advantages.mean()) / (advantages.std() + 1e-6)
    raw_return = sum(sum(e["rewards"]) for e in episodes) / len(episodes)
    return batch, returns, advantages, raw_return


def train(cfg, save_dir):
    rng = random.Random(cfg["seed"])
    env = ThreshingFloor(cfg["obs_dim"], cfg["horizon"], rng)
    eval_env = ThreshingFloor(cfg["obs_dim"], cfg["horizon"], random.Random(cfg["seed"] + 1))
    policy = FanPolicy(cfg["obs_dim"], cfg["hidden"], cfg["n_actions"])
    baseline = ValueBaseline(cfg["obs_dim"], cfg["hidden"])
    LOG.info("policy params %d baseline params %d", count_parameters(policy), count_parameters(baseline))
    policy_opt = torch.optim.Adam(policy.parameters(), lr=cfg["policy_lr"])
    baseline_opt = torch.optim.Adam(baseline.parameters(), lr=cfg["baseline_lr"])
    book = MetricBook()
    baseline.train()
    best = -float("inf")
    for it in range(1, cfg["iterations"] + 1):
        t0 = time.time()
        policy.train()
        batch, returns, adv, raw_return = collect(env, policy, baseline, cfg)
        p_loss = update_policy(policy_opt, batch, adv, cfg, policy)
        b_loss = update_baseline(baseline_opt, baseline, batch["hists"], returns)
        book.update(policy_loss=p_loss, baseline_loss=b_loss, train_return=raw_return,
                    seconds=time.time() - t0)
        if it % cfg["eval_every"] == 0:
            metrics = evaluate_policy(policy, baseline, eval_env, cfg)
            book.update(**metrics)
            row = book.snapshot(it)
            LOG.info("iter %d %s", it, row)
            if metrics["eval_return"] > best:
                best = metrics["eval_return"]
                save_checkpoint(save_dir, it, policy, baseline, metrics)
    return book.rows, best


def main(argv=None):
    args = parse_args(argv)
    setup_logging(args.verbose)
    cfg = merge_config(args)
    set_seed(cfg["seed"])
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))
    save_dir = args.save_dir or tempfile.mkdtemp(prefix="threshing_")
    try:
        rows, best = train(cfg, save_dir)
        LOG.info("finished: best eval return %.4f over %d snapshots", best, len(rows))
    finally:
        if args.save_dir is None:
            shutil.rmtree(save_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
