# expect: crash
"""
Hayward's commons grazing rotation: a GRU policy chooses which of four
paddocks the herd moves to each day; grass regrows logistically and the
reward is daily intake minus an over-grazing penalty.

REINFORCE with a learned baseline (a separate MLP value network). Every few
iterations the policy is scored on greedy rollouts through its own
`greedy_rollout` method.

Usage:
    python long03_commons_grazing_reinforce.py --iterations 6
"""
import argparse
import logging
import math
import random
import statistics
from collections import deque, namedtuple

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("commons")

CFG = {
    "seed": 3,
    "n_paddocks": 4,
    "horizon": 8,
    "episodes_per_iter": 4,
    "iterations": 6,
    "hidden": 12,
    "lr_policy": 1e-2,
    "lr_baseline": 2e-2,
    "gamma": 0.95,
    "entropy_coef": 0.01,
    "eval_every": 2,
    "eval_episodes": 2,
    "regrowth": 0.3,
    "overgraze_threshold": 0.2,
    "overgraze_penalty": 1.0,
}

Transition = namedtuple("Transition", "obs action logp reward entropy")


# ----------------------------------------------------------------- env
class Commons:
    """Four paddocks with grass mass in [0, 1]."""

    def __init__(self, cfg, rng):
        self.cfg = cfg
        self.rng = rng
        self.k = cfg["n_paddocks"]
        self.reset()

    def reset(self):
        self.grass = torch.tensor([0.4 + 0.5 * self.rng.random() for _ in range(self.k)])
        self.day = 0
        self.where = 0
        return self.observe()

    def observe(self):
        onehot = F.one_hot(torch.tensor(self.where), self.k).float()
        return torch.cat([self.grass, onehot, torch.tensor([self.day / self.cfg["horizon"]])])

    def step(self, action):
        self.where = int(action)
        intake = min(0.5, float(self.grass[self.where]))
        self.grass[self.where] -= intake
        r = self.cfg["regrowth"]
        self.grass = self.grass + r * self.grass * (1 - self.grass)
        self.grass = self.grass.clamp(0.01, 1.0)
        penalty = sum(self.cfg["overgraze_penalty"] for g in self.grass
                      if g < self.cfg["overgraze_threshold"])
        self.day += 1
        done = self.day >= self.cfg["horizon"]
        return self.observe(), intake - 0.1 * penalty, done

    @property
    def obs_dim(self):
        return 2 * self.k + 1


# ----------------------------------------------------------------- nets
class GrazingPolicy(nn.Module):
    def __init__(self, obs_dim, hidden, n_actions):
        super().__init__()
        self.enc = nn.Linear(obs_dim, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, n_actions)

    def forward(self, obs, h=None):
        z = torch.relu(self.enc(obs)).unsqueeze(1)
        out, h = self.gru(z, h)
        return self.pi(out.squeeze(1)), h

    def sample(self, obs, h=None):
        logits, h = self(obs.unsqueeze(0), h)
        dist = torch.distributions.Categorical(logits=logits)
        a = dist.sample()
        return a.item(), dist.log_prob(a).squeeze(0), dist.entropy().squeeze(0), h

    def greedy_rollout(self, env):
        """Deterministic episode for reporting."""
        self.eval()
        obs, h, total, done = env.reset(), None, 0.0, False
        with torch.no_grad():
            while not done:
                logits, h = self(obs.unsqueeze(0), h)
                obs, r, done = env.step(logits.argmax(-1).item())
                total += r
        return total


class Baseline(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(obs_dim, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, obs):
        return self.net(obs).squeeze(-1)


# ----------------------------------------------------------------- rollouts
def run_episode(env, policy):
    obs, h, done = env.reset(), None, False
    traj = []
    while not done:
        a, logp, ent, h = policy.sample(obs, h)
        nxt, r, done = env.step(a)
        traj.append(Transition(obs, a, logp, r, ent))
        obs = nxt
    return traj


def discounted_returns(rewards, gamma):
    out, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        out.append(g)
    return list(reversed(out))


def collect(env, policy, n, gamma):
    obs, logps, ents, rets, ep_returns = [], [], [], [], []
    for _ in range(n):
        traj = run_episode(env, policy)
        rs = [t.reward for t in traj]
        ep_returns.append(sum(rs))
        rets.extend(discounted_returns(rs, gamma))
        obs.extend(t.obs for t in traj)
        logps.extend(t.logp for t in traj)
        ents.extend(t.entropy for t in traj)
    return (torch.stack(obs), torch.stack(logps), torch.stack(ents),
            torch.tensor(rets), ep_returns)


# ----------------------------------------------------------------- update
def update(policy, baseline, p_opt, b_opt, batch, cfg):
    obs, logps, ents, rets, _ = batch
    values = baseline(obs)
    b_loss = F.mse_loss(values, rets)
    b_opt.zero_grad()
    b_loss.backward()
    b_opt.step()

    adv = (rets - values.detach())
    adv = (adv - adv.mean()) / (adv.std() + 1e-6)
    pg_loss = -(logps * adv).mean() - cfg["entropy_coef"] * ents.mean()
    p_opt.zero_grad()
    pg_loss.backward()  # TM001-here
    nn.utils.clip_grad_norm_(policy.parameters(), 1.0)
    p_opt.step()
    return pg_loss.item(), b_loss.item()


# ----------------------------------------------------------------- stats
class RunningStats:
    def __init__(self, window=10):
        self.buf = deque(maxlen=window)

    def push(self, x):
        self.buf.append(x)

    def mean(self):
        return statistics.fmean(self.buf) if self.buf else float("nan")

    def stdev(self):
        return statistics.pstdev(self.buf) if len(self.buf) > 1 else 0.0


def explained_variance(pred, target):
    var = target.var()
    return float("nan") if var.item() == 0 else (1 - (target - pred).var() / var).item()


def action_histogram(env, policy, episodes=2):
    counts = [0] * env.k
    for _ in range(episodes):
        for t in run_episode(env, policy):
            counts[t.action] += 1
    total = sum(counts)
    return [round(c / total, 2) for c in counts]


def fmt(d):
    return " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in d.items())


# ----------------------------------------------------------------- season
SEASONS = {
    "spring": 1.3,
    "summer": 1.0,
    "autumn": 0.7,
    "winter": 0.3,
}


def season_for(iteration, per_season=2):
    names = list(SEASONS)
    return names[(iteration // per_season) % len(names)]


def apply_season(env, season):
    """Scale regrowth by the season (the env reads cfg on each step)."""
    env.cfg = dict(env.cfg, regrowth=CFG["regrowth"] * SEASONS[season])
    return env.cfg["regrowth"]


def paddock_summary(env):
    g = env.grass.tolist()
    return {
        "min": min(g),
        "max": max(g),
        "mean": sum(g) / len(g),
        "overgrazed": sum(1 for v in g if v < env.cfg["overgraze_threshold"]),
    }


def rotation_regularity(env, policy, episodes=2):
    """How often the herd stays in the same paddock two days running."""
    stays = moves = 0
    with torch.no_grad():
        for _ in range(episodes):
            traj = run_episode(env, policy)
            for a, b in zip(traj[:-1], traj[1:]):
                stays += int(a.action == b.action)
                moves += 1
    return stays / max(1, moves)


# ----------------------------------------------------------------- main
def parse(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--iterations", type=int, default=CFG["iterations"])
    ap.add_argument("--episodes", type=int, default=CFG["episodes_per_iter"])
    ap.add_argument("--hidden", type=int, default=CFG["hidden"])
    ap.add_argument("--eval-every", type=int, default=CFG["eval_every"])
    ap.add_argument("--log-level", default="INFO")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse(argv or [])
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(levelname)s %(message)s")
    cfg = dict(CFG, iterations=args.iterations, episodes_per_iter=args.episodes,
               hidden=args.hidden, eval_every=args.eval_every)
    rng = random.Random(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    env = Commons(cfg, rng)
    eval_env = Commons(cfg, random.Random(cfg["seed"] + 1))

    policy = GrazingPolicy(env.obs_dim, cfg["hidden"], env.k)
    baseline = Baseline(env.obs_dim, cfg["hidden"])
    p_opt = torch.optim.Adam(policy.parameters(), lr=cfg["lr_policy"])
    b_opt = torch.optim.Adam(baseline.parameters(), lr=cfg["lr_baseline"])
    stats = RunningStats()

    policy.train()
    for it in range(cfg["iterations"]):
        season = season_for(it)
        regrowth = apply_season(env, season)
        logger.debug("iter %d season %s regrowth %.2f", it, season, regrowth)
        batch = collect(env, policy, cfg["episodes_per_iter"], cfg["gamma"])
        pg, bl = update(policy, baseline, p_opt, b_opt, batch, cfg)
        for r in batch[4]:
            stats.push(r)
        with torch.no_grad():
            ev = explained_variance(baseline(batch[0]), batch[3])
        logger.info("iter %d %s", it, fmt({"pg": pg, "bl": bl, "ret": stats.mean(),
                                           "sd": stats.stdev(), "ev": ev}))
        if (it + 1) % cfg["eval_every"] == 0:
            greedy = [policy.greedy_rollout(eval_env) for _ in range(cfg["eval_episodes"])]
            logger.info("iter %d greedy return %.3f", it, sum(greedy) / len(greedy))

    with torch.no_grad():
        logger.info("action histogram: %s", action_histogram(eval_env, policy))
    logger.info("stay rate %.2f, paddocks %s", rotation_regularity(eval_env, policy),
                fmt(paddock_summary(eval_env)))
    final = policy.greedy_rollout(eval_env)
    print("final greedy return", round(final, 3), "mean sampled", round(stats.mean(), 3),
          "log-ratio", round(math.log(abs(final) + 1e-6), 3))


if __name__ == "__main__":
    main(["--iterations", "6"])
