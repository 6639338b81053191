# expect: clean
"""Warper beam loading order: REINFORCE with a learned baseline network.

A GRU policy picks which creel bobbin to load next onto the warp beam so that
yarn tension stays even; a separate GRU baseline predicts the episode return.
Periodic greedy evaluation runs on a frozen snapshot of the policy.

Usage:
    python warper_beam_reinforce.py --iters 4 --eval-every 2
"""
import argparse
import copy
import json
import logging
import math
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("warper")

CONFIG = {
    "env": {"n_bobbins": 5, "horizon": 5, "tension_noise": 0.05},
    "policy": {"hidden": 10, "embed": 6},
    "baseline": {"hidden": 8},
    "optim": {"policy_lr": 3e-3, "baseline_lr": 1e-2, "entropy_coef": 0.01, "grad_clip": 1.0},
    "run": {"iters": 4, "episodes_per_iter": 6, "eval_every": 2, "eval_episodes": 4, "seed": 23},
}


# ----------------------------------------------------------------------------- #
# environment
# ----------------------------------------------------------------------------- #

class WarpBeamEnv:
    """Each bobbin has a tension; loading order determines a cumulative unevenness penalty."""

    def __init__(self, n_bobbins, horizon, tension_noise, rng):
        self.n = n_bobbins
        self.horizon = horizon
        self.noise = tension_noise
        self.rng = rng

    def reset(self):
        self.tensions = torch.tensor([self.rng.uniform(0.2, 1.0) for _ in range(self.n)])
        self.loaded = torch.zeros(self.n, dtype=torch.bool)
        self.running = 0.0
        self.t = 0
        return self.observe()

    def observe(self):
        feats = torch.stack([self.tensions, self.loaded.float(),
                             torch.full((self.n,), self.running)], dim=-1)
        return feats

    def step(self, action):
        if self.loaded[action]:
            reward = -1.0
        else:
            self.loaded[action] = True
            tension = float(self.tensions[action]) + self.rng.gauss(0, self.noise)
            reward = -abs(tension - (self.running if self.t else tension))
            self.running = 0.7 * self.running + 0.3 * tension if self.t else tension
        self.t += 1
        done = self.t >= self.horizon or bool(self.loaded.all())
        return self.observe(), reward, done


# ----------------------------------------------------------------------------- #
# networks
# ----------------------------------------------------------------------------- #

class BobbinPolicy(nn.Module):
    def __init__(self, embed, hidden):
        super().__init__()
        self.embed = nn.Linear(3, embed)
        self.gru = nn.GRU(embed, hidden, batch_first=True)
        self.score = nn.Linear(hidden + embed, 1)

    def forward(self, obs_seq):
        """obs_seq: (T, n, 3) observation history; returns logits over bobbins for the last step."""
        e = torch.relu(self.embed(obs_seq))
        context, _ = self.gru(e.mean(1).unsqueeze(0))
        last = context[0, -1].expand(e.size(1), -1)
        return self.score(torch.cat([last, e[-1]], dim=-1)).squeeze(-1)


class ReturnBaseline(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, obs):
        _, h = self.gru(obs.unsqueeze(0))
        return self.out(h[-1]).squeeze()


# ----------------------------------------------------------------------------- #
# bookkeeping
# ----------------------------------------------------------------------------- #

@dataclass
class IterStats:
    iteration: int
    mean_return: float
    policy_loss: float
    baseline_loss: float
    entropy: float
    seconds: float


@dataclass
class RunLog:
    stats: list = field(default_factory=list)
    evals: list = field(default_factory=list)

    def add(self, s):
        self.stats.append(s)
        log.info("iter %d return %.3f pl %.4f bl %.4f ent %.3f (%.2fs)",
                 s.iteration, s.mean_return, s.policy_loss, s.baseline_loss, s.entropy, s.seconds)

    def add_eval(self, it, value):
        self.evals.append((it, value))
        log.info("eval@%d greedy return %.3f", it, value)

    def summary(self):
        returns = [s.mean_return for s in self.stats]
        return {
            "iters": len(self.stats),
            "first_return": returns[0] if returns else math.nan,
            "last_return": returns[-1] if returns else math.nan,
            "best_eval": max((v for _, v in self.evals), default=math.nan),
        }


def discounted(rewards, gamma=0.99):
    out, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        out.append(g)
    return list(reversed(out))


# ----------------------------------------------------------------------------- #
# rollouts
# ----------------------------------------------------------------------------- #

def rollout(env, policy, greedy=False):
    obs = env.reset()
    history = [obs]
    logps, ents, rewards, states = [], [], [], []
    done = False
    while not done:
        logits = policy(torch.stack(history))
        dist = torch.distributions.Categorical(logits=logits)
        action = int(logits.argmax()) if greedy else int(dist.sample())
        logps.append(dist.log_prob(torch.tensor(action)))
        ents.append(dist.entropy())
        states.append(obs)
        obs, r, done = env.step(action)
        history.append(obs)
        rewards.append(r)
    return logps, ents, rewards, states


def greedy_evaluate(env, policy, episodes):
    snapshot = copy.deepcopy(policy).eval()
    totals = []
    with torch.no_grad():
        for _ in range(episodes):
            _, _, rewards, _ = rollout(env, snapshot, greedy=True)
            totals.append(sum(rewards))
    return statistics.mean(totals)


# ----------------------------------------------------------------------------- #
# update
# ----------------------------------------------------------------------------- #

def reinforce_update(policy, baseline, popt, bopt, episodes, cfg):
    policy_terms, baseline_terms, entropies, returns = [], [], [], []
    for logps, ents, rewards, states in episodes:
        rets = torch.tensor(discounted(rewards))
        values = torch.stack([baseline(s) for s in states])
        adv = rets - values.detach()
        policy_terms.append(-(torch.stack(logps) * adv).sum())
        baseline_terms.append(F.mse_loss(values, rets))
        entropies.append(torch.stack(ents).mean())
        returns.append(sum(rewards))
    ent = torch.stack(entropies).mean()
    p_loss = torch.stack(policy_terms).mean() - cfg["optim"]["entropy_coef"] * ent
    b_loss = torch.stack(baseline_terms).mean()

    popt.zero_grad()
    bopt.zero_grad()
    (p_loss + b_loss).backward()
    nn.utils.clip_grad_norm_(policy.parameters(), cfg["optim"]["grad_clip"])
    nn.utils.clip_grad_norm_(baseline.parameters(), cfg["optim"]["grad_clip"])
    popt.step()
    bopt.step()
    return p_loss.item(), b_loss.item(), ent.item(), statistics.mean(returns)


# ----------------------------------------------------------------------------- #
# config checks, smoothing and checkpoints
# ----------------------------------------------------------------------------- #

def validate_config(cfg):
    problems = []
    if cfg["env"]["horizon"] > cfg["env"]["n_bobbins"]:
        problems.append("horizon longer than the creel")
    if not 0 <= cfg["optim"]["entropy_coef"] < 1:
        problems.append("entropy_coef out of range")
    if cfg["run"]["eval_every"] <= 0:
        problems.append("eval_every must be positive")
    for p in problems:
        log.warning("config: %s", p)
    return not problems


class EMA:
    def __init__(self, beta=0.9):
        self.beta = beta
        self.value = None

    def update(self, x):
        self.value = x if self.value is None else self.beta * self.value + (1 - self.beta) * x
        return self.value


def save_checkpoint(path, policy, baseline, it):
    torch.save({"policy": policy.state_dict(), "baseline": baseline.state_dict(), "iter": it}, path)


def load_checkpoint(path, policy, baseline):
    state = torch.load(path)
    policy.load_state_dict(state["policy"])
    baseline.load_state_dict(state["baseline"])
    return state["iter"]


def parameter_report(*modules):
    rows = []
    for m in modules:
        n = sum(p.numel() for p in m.parameters())
        rows.append(f"{type(m).__name__}: {n} parameters")
    return "; ".join(rows)


# ----------------------------------------------------------------------------- #
# driver
# ----------------------------------------------------------------------------- #

def parse_args(argv):
    ap = argparse.ArgumentParser(description="REINFORCE warp-beam loader")
    ap.add_argument("--iters", type=int, default=CONFIG["run"]["iters"])
    ap.add_argument("--eval-every", type=int, default=CONFIG["run"]["eval_every"])
    ap.add_argument("--episodes", type=int, default=CONFIG["run"]["episodes_per_iter"])
    ap.add_argument("--seed", type=int, default=CONFIG["run"]["seed"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def build(cfg):
    policy = BobbinPolicy(cfg["policy"]["embed"], cfg["policy"]["hidden"])
    baseline = ReturnBaseline(cfg["baseline"]["hidden"])
    popt = torch.optim.Adam(policy.parameters(), lr=cfg["optim"]["policy_lr"])
    bopt = torch.optim.Adam(baseline.parameters(), lr=cfg["optim"]["baseline_lr"])
    return policy, baseline, popt, bopt


def main(argv=None):
    args = parse_args(argv if argv is not None else [])
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        stream=sys.stdout, format="%(name)s: %(message)s")
    cfg = copy.deepcopy(CONFIG)
    cfg["run"].update(iters=args.iters, eval_every=args.eval_every,
                      episodes_per_iter=args.episodes, seed=args.seed)
    random.seed(cfg["run"]["seed"])
    torch.manual_seed(cfg["run"]["seed"])
    rng = random.Random(cfg["run"]["seed"])
    env = WarpBeamEnv(rng=rng, **cfg["env"])
    eval_env = WarpBeamEnv(rng=random.Random(cfg["run"]["seed"] + 1), **cfg["env"])
    policy, baseline, popt, bopt = build(cfg)
    validate_config(cfg)
    log.info(parameter_report(policy, baseline))
    policy.train()
    baseline.train()
    runlog = RunLog()
    smooth = EMA()
    ckpt_dir = tempfile.mkdtemp(prefix="warper_")
    ckpt = os.path.join(ckpt_dir, "last.pt")

    for it in range(cfg["run"]["iters"]):
        t0 = time.time()
        episodes = [rollout(env, policy) for _ in range(cfg["run"]["episodes_per_iter"])]
        pl, bl, ent, ret = reinforce_update(policy, baseline, popt, bopt, episodes, cfg)
        runlog.add(IterStats(it, ret, pl, bl, ent, time.time() - t0))
        log.debug("smoothed return %.3f", smooth.update(ret))
        save_checkpoint(ckpt, policy, baseline, it)
        if (it + 1) % cfg["run"]["eval_every"] == 0:
            runlog.add_eval(it, greedy_evaluate(eval_env, policy, cfg["run"]["eval_episodes"]))

    resumed_from = load_checkpoint(ckpt, policy, baseline)
    os.remove(ckpt)
    os.rmdir(ckpt_dir)
    log.info("checkpoint round-trip ok (iter %d)", resumed_from)
    print(json.dumps({"summary": runlog.summary(), "last": asdict(runlog.stats[-1])}, indent=1))


if __name__ == "__main__":
    main(["--iters", "4", "--eval-every", "2", "--episodes", "4"])
