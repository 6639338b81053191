# expect: crash
"""Whitesmith forge scheduling with REINFORCE and a learned baseline.

A small workshop has a queue of tin-ware orders (kettles, lanterns, funnels, ...). At each
step the policy picks which order goes to the single forge next; the reward is minus the
total lateness. The policy is a GRU over the order queue; a separate GRU baseline network
predicts the expected return so that the policy gradient has lower variance.

    python whitesmith_forge_reinforce.py --iterations 4 --orders 5
"""
import argparse
import csv
import logging
import math
import os
import random
import statistics
import tempfile
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical

LOG = logging.getLogger("forge")

CONFIG = {
    "seed": 21,
    "orders": 5,
    "episodes_per_iter": 4,
    "iterations": 4,
    "hidden": 12,
    "policy_lr": 3e-3,
    "baseline_lr": 1e-2,
    "entropy_coef": 0.01,
    "gamma": 1.0,
    "grad_clip": 0.5,
    "dropout": 0.1,
    "eval_episodes": 3,
}

ITEMS = {
    "kettle": (3.0, 1.0),
    "lantern": (2.0, 1.5),
    "funnel": (1.0, 0.5),
    "colander": (2.5, 1.0),
    "cup": (0.5, 0.3),
}


# ----------------------------------------------------------------------------- environment

@dataclass
class Order:
    item: str
    duration: float
    due: float
    weight: float

    def features(self, now):
        slack = self.due - now - self.duration
        return [self.duration, self.due - now, slack, self.weight, float(slack < 0)]


@dataclass
class ForgeEnv:
    n_orders: int
    rng: random.Random
    now: float = 0.0
    queue: list = field(default_factory=list)

    def reset(self):
        self.now = 0.0
        self.queue = []
        for _ in range(self.n_orders):
            item = self.rng.choice(sorted(ITEMS))
            mean, spread = ITEMS[item]
            duration = max(0.2, self.rng.gauss(mean, spread * 0.3))
            due = self.rng.uniform(1.0, self.n_orders * 2.0)
            self.queue.append(Order(item, duration, due, self.rng.choice([1.0, 2.0])))
        return self.observe()

    def observe(self):
        return torch.tensor([o.features(self.now) for o in self.queue], dtype=torch.float32)

    def step(self, index):
        order = self.queue.pop(index)
        self.now += order.duration
        lateness = max(0.0, self.now - order.due) * order.weight
        done = not self.queue
        return (None if done else self.observe()), -lateness, done


def earliest_due_date(env):
    """Classic EDD heuristic, used as a reference score."""
    env.reset()
    total = 0.0
    while env.queue:
        i = min(range(len(env.queue)), key=lambda k: env.queue[k].due)
        _, r, _ = env.step(i)
        total += r
    return total


# ----------------------------------------------------------------------------- networks

class QueueEncoder(nn.Module):
    def __init__(self, n_feat, hidden, dropout):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.drop = nn.Dropout(dropout)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)

    def forward(self, obs):
        h, _ = self.gru(self.drop(torch.relu(self.inp(obs.unsqueeze(0)))))
        return h.squeeze(0)


class Policy(nn.Module):
    def __init__(self, n_feat, hidden, dropout):
        super().__init__()
        self.encoder = QueueEncoder(n_feat, hidden, dropout)
        self.score = nn.Linear(2 * hidden, 1)

    def forward(self, obs):
        return self.score(self.encoder(obs)).squeeze(-1)

    def act(self, obs, greedy=False):
        logits = self(obs)
        dist = Categorical(logits=logits)
        a = logits.argmax() if greedy else dist.sample()
        return a.item(), dist.log_prob(a), dist.entropy()


class Baseline(nn.Module):
    def __init__(self, n_feat, hidden):
        super().__init__()
        self.encoder = nn.GRU(n_feat, hidden, batch_first=True)
        self.value = nn.Linear(hidden, 1)

    def forward(self, obs):
        _, h = self.encoder(obs.unsqueeze(0))
        return self.value(h[-1]).squeeze()


# ----------------------------------------------------------------------------- rollouts

@dataclass
class Episode:
    observations: list = field(default_factory=list)
    log_probs: list = field(default_factory=list)
    entropies: list = field(default_factory=list)
    rewards: list = field(default_factory=list)

    @property
    def total(self):
        return sum(self.rewards)


def discounted(rewards, gamma):
    out, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        out.append(g)
    return list(reversed(out))


def rollout(env, policy, greedy=False):
    """Plays one episode. Acting is done deterministically w.r.t. dropout."""
    policy.eval()
    ep = Episode()
    obs = env.reset()
    done = False
    while not done:
        a, logp, ent = policy.act(obs, greedy=greedy)
        ep.observations.append(obs)
        ep.log_probs.append(logp)
        ep.entropies.append(ent)
        obs, r, done = env.step(a)
        ep.rewards.append(r)
    return ep


# ----------------------------------------------------------------------------- updates

def update_baseline(baseline, opt, episodes, gamma):
    baseline.train()
    obs, rets = [], []
    for ep in episodes:
        obs += ep.observations
        rets += discounted(ep.rewards, gamma)
    preds = torch.stack([baseline(o) for o in obs])
    loss = F.mse_loss(preds, torch.tensor(rets))
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def update_policy(policy, baseline, opt, episodes, cfg):
    policy.train()
    terms, ents = [], []
    for ep in episodes:
        rets = torch.tensor(discounted(ep.rewards, cfg["gamma"]))
        with torch.no_grad():
            values = torch.stack([baseline(o) for o in ep.observations])
        adv = rets - values
        adv = (adv - adv.mean()) / (adv.std() + 1e-6) if len(adv) > 1 else adv
        terms.append(-(torch.stack(ep.log_probs) * adv).sum())
        ents.append(torch.stack(ep.entropies).mean())
    loss = torch.stack(terms).mean() - cfg["entropy_coef"] * torch.stack(ents).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    nn.utils.clip_grad_norm_(policy.parameters(), cfg["grad_clip"])
    opt.step()
    return loss.item()


# ----------------------------------------------------------------------------- evaluation

def evaluate(env, policy, n):
    with torch.no_grad():
        scores = [rollout(env, policy, greedy=True).total for _ in range(n)]
    return statistics.mean(scores)


def describe(history):
    best = max(history, key=lambda h: h["greedy"])
    return (f"best iteration {best['iter']} greedy {best['greedy']:.3f} "
            f"(EDD reference {best['edd']:.3f})")


class RunningStats:
    """Exponential moving average of returns, for the progress log."""

    def __init__(self, momentum=0.9):
        self.momentum = momentum
        self.value = None
        self.n = 0

    def update(self, x):
        self.n += 1
        self.value = x if self.value is None else self.momentum * self.value + (1 - self.momentum) * x
        return self.value


def sanity_check_env(env, n=2):
    """Every episode must schedule each order exactly once and return non-positive reward."""
    for _ in range(n):
        env.reset()
        steps, total = 0, 0.0
        while env.queue:
            _, r, _ = env.step(0)
            total += r
            steps += 1
        assert steps == env.n_orders and total <= 0.0


def write_curve(history, path):
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=sorted(history[0]))
        writer.writeheader()
        writer.writerows(history)


def read_curve(path):
    with open(path, newline="") as fh:
        return [{k: float(v) for k, v in row.items()} for row in csv.DictReader(fh)]


# ----------------------------------------------------------------------------- main

def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--iterations", type=int, default=CONFIG["iterations"])
    p.add_argument("--orders", type=int, default=CONFIG["orders"])
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--entropy-coef", type=float, default=CONFIG["entropy_coef"])
    p.add_argument("--log-level", default="INFO")
    return p.parse_args()


def main():
    args = parse_args()
    logging.basicConfig(level=args.log_level, format="%(levelname)s %(message)s")
    cfg = dict(CONFIG, iterations=args.iterations, orders=args.orders, hidden=args.hidden,
               entropy_coef=args.entropy_coef)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    env = ForgeEnv(cfg["orders"], random.Random(cfg["seed"]))
    sanity_check_env(env)
    n_feat = env.reset().shape[1]
    ema = RunningStats()

    policy = Policy(n_feat, cfg["hidden"], cfg["dropout"])
    baseline = Baseline(n_feat, cfg["hidden"])
    p_opt = torch.optim.Adam(policy.parameters(), lr=cfg["policy_lr"])
    b_opt = torch.optim.Adam(baseline.parameters(), lr=cfg["baseline_lr"])

    history = []
    for it in range(cfg["iterations"]):
        episodes = [rollout(env, policy) for _ in range(cfg["episodes_per_iter"])]
        mean_return = statistics.mean(ep.total for ep in episodes)
        LOG.debug("ema return %.3f", ema.update(mean_return))
        b_loss = update_baseline(baseline, b_opt, episodes, cfg["gamma"])
        p_loss = update_policy(policy, baseline, p_opt, episodes, cfg)
        greedy = evaluate(env, policy, cfg["eval_episodes"])
        edd = statistics.mean(earliest_due_date(env) for _ in range(cfg["eval_episodes"]))
        history.append({"iter": it, "return": mean_return, "greedy": greedy, "edd": edd})
        LOG.info("iter %d return %.3f greedy %.3f edd %.3f policy-loss %.4f baseline-loss %.4f",
                 it, mean_return, greedy, edd, p_loss, b_loss)
        if math.isnan(p_loss):
            LOG.warning("nan loss, stopping")
            break
    print(describe(history))
    fd, path = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    try:
        write_curve(history, path)
        LOG.info("curve rows written: %d", len(read_curve(path)))
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
