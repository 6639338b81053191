# expect: crash
"""Pannage foraging routes: REINFORCE with a learned GRU baseline for a swineherd moving through forest cells.

The verderer's toy environment: a 1-D strip of oak cells with acorn stocks; the agent chooses
left / stay / right each step and collects acorns. Policy and baseline both read the observation history.
Usage: python verderer_pannage_pg_research.py --iterations 3 --episodes 4 --gamma 0.97
"""
import argparse
import json
import os
import tempfile
import logging
import math
import random
import statistics
import time
from collections import deque, namedtuple

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("pannage")

HPARAMS = {
    "n_cells": 7,
    "horizon": 8,
    "obs_dim": 4,
    "hidden": 10,
    "dropout": 0.1,
    "iterations": 3,
    "episodes": 4,
    "gamma": 0.97,
    "policy_lr": 3e-3,
    "baseline_lr": 5e-3,
    "entropy_coef": 0.01,
    "grad_clip": 1.0,
    "seed": 31,
    "window": 10,
}

Transition = namedtuple("Transition", "obs action reward logp entropy")


# ------------------------------------------------------------------------------------ environment
class PannageStrip:
    """A strip of oak cells; each visit eats part of the acorn stock."""

    ACTIONS = (-1, 0, 1)

    def __init__(self, n_cells, horizon, rng):
        self.n_cells, self.horizon, self.rng = n_cells, horizon, rng
        self.reset()

    def reset(self):
        self.stock = [self.rng.uniform(0.2, 1.0) for _ in range(self.n_cells)]
        self.pos = self.n_cells // 2
        self.t = 0
        return self._obs()

    def _obs(self):
        left = self.stock[self.pos - 1] if self.pos > 0 else 0.0
        right = self.stock[self.pos + 1] if self.pos < self.n_cells - 1 else 0.0
        return torch.tensor([self.stock[self.pos], left, right, self.t / self.horizon], dtype=torch.float32)

    def step(self, action_idx):
        self.pos = min(self.n_cells - 1, max(0, self.pos + self.ACTIONS[action_idx]))
        eaten = 0.5 * self.stock[self.pos]
        self.stock[self.pos] -= eaten
        self.t += 1
        move_cost = 0.02 if self.ACTIONS[action_idx] != 0 else 0.0
        done = self.t >= self.horizon
        return self._obs(), eaten - move_cost, done


# ------------------------------------------------------------------------------------ networks
class RecurrentPolicy(nn.Module):
    def __init__(self, obs_dim, hidden, n_actions):
        super().__init__()
        self.cell = nn.GRUCell(obs_dim, hidden)
        self.logits = nn.Linear(hidden, n_actions)
        self.hidden = hidden

    def initial_state(self):
        return torch.zeros(1, self.hidden)

    def forward(self, obs, h):
        h = self.cell(obs.unsqueeze(0), h)
        return self.logits(h), h


class HistoryBaseline(nn.Module):
    """Value of each prefix of the observation history."""

    def __init__(self, obs_dim, hidden, dropout):
        super().__init__()
        self.rnn = nn.GRU(obs_dim, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq):
        h, _ = self.rnn(obs_seq)
        return self.v(self.drop(h)).squeeze(-1)


# ------------------------------------------------------------------------------------ helpers
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)
    return random.Random(seed)


def discounted_returns(rewards, gamma):
    out, running = [], 0.0
    for r in reversed(rewards):
        running = r + gamma * running
        out.append(running)
    return torch.tensor(list(reversed(out)))


def explained_variance(values, returns):
    var = returns.var(unbiased=False)
    if var.item() == 0:
        return float("nan")
    return (1 - (returns - values).var(unbiased=False) / var).item()


def moving_average(window):
    return statistics.fmean(window) if window else float("nan")


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
        return math.sqrt(self.m2 / self.n) if self.n > 1 else 1.0


# ------------------------------------------------------------------------------------ rollout
def run_episode(env, policy):
    obs = env.reset()
    h = policy.initial_state()
    traj, done = [], False
    while not done:
        logits, h = policy(obs, h)
        dist = torch.distributions.Categorical(logits=logits.squeeze(0))
        a = dist.sample()
        next_obs, r, done = env.step(a.item())
        traj.append(Transition(obs, a.item(), r, dist.log_prob(a), dist.entropy()))
        obs = next_obs
    return traj


def value_estimates(baseline, obs_seq):
    # deterministic values for the advantage: switch dropout off
    baseline.eval()
    return baseline(obs_seq.unsqueeze(0)).squeeze(0)


def update(policy, baseline, opt_pi, opt_b, episodes, hp, ret_stats):
    pi_terms, b_terms, ev = [], [], []
    for traj in episodes:
        obs_seq = torch.stack([t.obs for t in traj])
        returns = discounted_returns([t.reward for t in traj], hp["gamma"])
        for g in returns.tolist():
            ret_stats.push(g)
        values = value_estimates(baseline, obs_seq)
        adv = (returns - values.detach()) / (ret_stats.std + 1e-6)
        logps = torch.stack([t.logp for t in traj])
        ents = torch.stack([t.entropy for t in traj])
        pi_terms.append(-(logps * adv).sum() - hp["entropy_coef"] * ents.sum())
        b_terms.append(F.mse_loss(values, returns, reduction="sum"))
        ev.append(explained_variance(values.detach(), returns))

    pi_loss = torch.stack(pi_terms).mean()
    opt_pi.zero_grad()
    pi_loss.backward()
    nn.utils.clip_grad_norm_(policy.parameters(), hp["grad_clip"])
    opt_pi.step()

    b_loss = torch.stack(b_terms).mean()
    opt_b.zero_grad()
    b_loss.backward()  # TM001-here
    nn.utils.clip_grad_norm_(baseline.parameters(), hp["grad_clip"])
    opt_b.step()
    return pi_loss.item(), b_loss.item(), statistics.fmean(ev)


@torch.no_grad()
def greedy_return(env, policy):
    obs, h, done, total = env.reset(), policy.initial_state(), False, 0.0
    while not done:
        logits, h = policy(obs, h)
        obs, r, done = env.step(int(logits.argmax()))
        total += r
    return total


# ------------------------------------------------------------------------------------ main loop
def train(hp):
    rng = set_seed(hp["seed"])
    env = PannageStrip(hp["n_cells"], hp["horizon"], rng)
    policy = RecurrentPolicy(hp["obs_dim"], hp["hidden"], len(PannageStrip.ACTIONS))
    baseline = HistoryBaseline(hp["obs_dim"], hp["hidden"], hp["dropout"])
    opt_pi = torch.optim.Adam(policy.parameters(), lr=hp["policy_lr"])
    opt_b = torch.optim.Adam(baseline.parameters(), lr=hp["baseline_lr"])
    policy.train()
    baseline.train()
    window = deque(maxlen=hp["window"])
    ret_stats = RunningStats()
    history = []
    for it in range(hp["iterations"]):
        t0 = time.time()
        episodes = [run_episode(env, policy) for _ in range(hp["episodes"])]
        for traj in episodes:
            window.append(sum(t.reward for t in traj))
        pi_loss, b_loss, ev = update(policy, baseline, opt_pi, opt_b, episodes, hp, ret_stats)
        greedy = greedy_return(env, policy)
        row = {"iter": it, "avg_return": round(moving_average(window), 4), "greedy": round(greedy, 4),
               "pi_loss": round(pi_loss, 4), "b_loss": round(b_loss, 4), "ev": round(ev, 3),
               "sec": round(time.time() - t0, 3)}
        history.append(row)
        log.info("%s", row)
    return history


def parse(argv=None):
    ap = argparse.ArgumentParser(description="pannage REINFORCE with a recurrent baseline")
    ap.add_argument("--iterations", type=int, default=HPARAMS["iterations"])
    ap.add_argument("--episodes", type=int, default=HPARAMS["episodes"])
    ap.add_argument("--gamma", type=float, default=HPARAMS["gamma"])
    ap.add_argument("--hidden", type=int, default=HPARAMS["hidden"])
    ap.add_argument("--entropy-coef", type=float, default=HPARAMS["entropy_coef"])
    ap.add_argument("--seed", type=int, default=HPARAMS["seed"])
    ap.add_argument("-v", "--verbose", action="count", default=0)
    return ap.parse_args(argv)


def hparams_from(args):
    hp = dict(HPARAMS)
    hp.update(iterations=args.iterations, episodes=args.episodes, gamma=args.gamma, hidden=args.hidden,
              entropy_coef=args.entropy_coef, seed=args.seed)
    if not 0 < hp["gamma"] <= 1:
        raise SystemExit("gamma must be in (0, 1]")
    return hp


def format_table(history):
    if not history:
        return ""
    keys = list(history[0])
    lines = [" | ".join(keys)]
    for row in history:
        lines.append(" | ".join(str(row[k]) for k in keys))
    return "\n".join(lines)


def sanity_check_env(hp):
    """Random-policy returns must be finite and the strip must end after `horizon` steps."""
    env = PannageStrip(hp["n_cells"], hp["horizon"], random.Random(0))
    env.reset()
    steps, done, total = 0, False, 0.0
    while not done:
        _, r, done = env.step(random.randrange(len(PannageStrip.ACTIONS)))
        total += r
        steps += 1
    assert steps == hp["horizon"], steps
    assert math.isfinite(total)
    return total


def dump_history(history):
    """Write the history to a temporary JSON file, read it back, and remove it."""
    fd, path = tempfile.mkstemp(suffix=".json", prefix="pannage_")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump(history, fh)
        with open(path) as fh:
            return len(json.load(fh))
    finally:
        os.remove(path)


def main(argv=None):
    args = parse(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="[%(levelname)s] %(message)s")
    hp = hparams_from(args)
    log.debug("random-policy return %.3f", sanity_check_env(hp))
    history = train(hp)
    print(format_table(history))
    print("rows saved:", dump_history(history))


if __name__ == "__main__":
    main()
