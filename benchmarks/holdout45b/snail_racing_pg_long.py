# expect: crash
"""Snail racing: learn a lettuce-placement policy that speeds up a racing snail.

Research-style REINFORCE script with a learned baseline:
  * ``SnailTrack`` is a tiny environment: each step the trainer places a lettuce
    leaf left, centre or right; the snail's speed depends on its hidden mood and
    on where the leaf lands relative to its heading.
  * the policy is a GRU over the observation history, the baseline is a small MLP
    on the same features;
  * after every update a diagnostics block measures the per-episode gradient
    norms of the policy loss (for a gradient-noise-scale estimate).

The policy is trained on CPU in the workshop and on a GPU at the club house;
the diagnostics are switched on for both.

Usage:
  python snail_racing_pg_long.py --iterations 3 --episodes 4
"""
import argparse
import logging
import math
import random
import statistics
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

LOG = logging.getLogger("snail")

CONFIG = {
    "seed": 20,
    "iterations": 3,
    "episodes_per_iter": 4,
    "horizon": 8,
    "gamma": 0.95,
    "policy_lr": 1e-2,
    "baseline_lr": 2e-2,
    "hidden": 8,
    "entropy_coef": 0.01,
    "diagnostics": True,
}

N_ACTIONS = 3
OBS_DIM = 4


# ---------------------------------------------------------------------------
# environment
# ---------------------------------------------------------------------------

class SnailTrack:
    """Observation: (heading, slime trail wetness, distance to go, last speed)."""

    def __init__(self, horizon, rng):
        self.horizon = horizon
        self.rng = rng

    def reset(self):
        self.t = 0
        self.heading = self.rng.uniform(-1, 1)
        self.mood = self.rng.uniform(0.5, 1.5)
        self.distance = 1.0
        self.speed = 0.0
        return self._obs()

    def _obs(self):
        wet = math.exp(-0.3 * self.t)
        return torch.tensor([self.heading, wet, self.distance, self.speed], dtype=torch.float32)

    def step(self, action):
        leaf_pos = action - 1  # -1, 0, 1
        alignment = 1.0 - abs(leaf_pos - self.heading) / 2.0
        self.speed = max(0.0, self.mood * alignment * 0.2 + self.rng.gauss(0, 0.01))
        self.distance = max(0.0, self.distance - self.speed)
        self.heading = max(-1.0, min(1.0, self.heading + 0.3 * leaf_pos + self.rng.gauss(0, 0.1)))
        self.t += 1
        reward = self.speed - 0.01
        done = self.distance <= 0.0 or self.t >= self.horizon
        if self.distance <= 0.0:
            reward += 1.0
        return self._obs(), reward, done


# ---------------------------------------------------------------------------
# networks
# ---------------------------------------------------------------------------

class GRUPolicy(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.inp = nn.Linear(OBS_DIM, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, N_ACTIONS)

    def forward(self, obs_seq):
        h, _ = self.gru(torch.relu(self.inp(obs_seq)))
        return self.logits(h)


class Baseline(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(OBS_DIM + 1, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, obs, t_frac):
        return self.net(torch.cat([obs, t_frac], dim=-1)).squeeze(-1)


# ---------------------------------------------------------------------------
# rollouts
# ---------------------------------------------------------------------------

@dataclass
class Episode:
    obs: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    rewards: list = field(default_factory=list)

    def tensors(self):
        return torch.stack(self.obs), torch.tensor(self.actions), torch.tensor(self.rewards)

    @property
    def total_reward(self):
        return sum(self.rewards)


@torch.no_grad()
def rollout(policy, env):
    ep = Episode()
    obs = env.reset()
    done = False
    while not done:
        ep.obs.append(obs)
        logits = policy(torch.stack(ep.obs).unsqueeze(0))[0, -1]
        action = torch.distributions.Categorical(logits=logits).sample().item()
        obs, reward, done = env.step(action)
        ep.actions.append(action)
        ep.rewards.append(reward)
    return ep


def discounted_returns(rewards, gamma):
    out = torch.zeros_like(rewards)
    running = 0.0
    for i in reversed(range(len(rewards))):
        running = rewards[i] + gamma * running
        out[i] = running
    return out


def time_fraction(n, horizon):
    return (torch.arange(n, dtype=torch.float32) / horizon).unsqueeze(-1)


# ---------------------------------------------------------------------------
# losses
# ---------------------------------------------------------------------------

def episode_policy_loss(logits, actions, advantages, entropy_coef):
    logp = F.log_softmax(logits, dim=-1)
    chosen = logp.gather(-1, actions.unsqueeze(-1)).squeeze(-1)
    entropy = -(logp.exp() * logp).sum(-1).mean()
    return -(chosen * advantages).sum() - entropy_coef * entropy


def update(policy, baseline, p_opt, b_opt, episodes, cfg):
    policy.train()
    baseline.train()
    p_losses, b_losses, advs = [], [], []
    for ep in episodes:
        obs, actions, rewards = ep.tensors()
        returns = discounted_returns(rewards, cfg["gamma"])
        t_frac = time_fraction(len(rewards), cfg["horizon"])
        values = baseline(obs, t_frac)
        b_losses.append(F.mse_loss(values, returns))
        adv = (returns - values.detach())
        advs.append(adv)
        logits = policy(obs.unsqueeze(0))[0]
        p_losses.append(episode_policy_loss(logits, actions, adv, cfg["entropy_coef"]))
    p_loss = torch.stack(p_losses).mean()
    b_loss = torch.stack(b_losses).mean()
    p_opt.zero_grad()
    p_loss.backward()
    nn.utils.clip_grad_norm_(policy.parameters(), 1.0)
    p_opt.step()
    b_opt.zero_grad()
    b_loss.backward()
    b_opt.step()
    return p_loss.item(), b_loss.item(), advs


# ---------------------------------------------------------------------------
# diagnostics
# ---------------------------------------------------------------------------

def per_episode_grad_norms(policy, episodes, advs, cfg):
    """Norm of each episode's policy gradient, via torch.func.grad."""
    params = {k: v.detach() for k, v in policy.named_parameters()}

    def loss_fn(p, obs, actions, adv):
        logits = functional_call(policy, p, (obs.unsqueeze(0),))[0]
        return episode_policy_loss(logits, actions, adv, cfg["entropy_coef"])

    norms = []
    for ep, adv in zip(episodes, advs):
        obs, actions, _ = ep.tensors()
        g = grad(loss_fn)(params, obs, actions, adv)  # TM002-here
        norms.append(math.sqrt(sum(v.pow(2).sum().item() for v in g.values())))
    return norms


def gradient_noise_scale(norms):
    if len(norms) < 2:
        return float("nan")
    mean_sq = statistics.mean(n * n for n in norms)
    sq_mean = statistics.mean(norms) ** 2
    return (mean_sq - sq_mean) / max(sq_mean, 1e-12)


class RunningStats:
    def __init__(self):
        self.values = []

    def add(self, v):
        self.values.append(v)

    def summary(self):
        if not self.values:
            return "n/a"
        return f"mean {statistics.mean(self.values):.3f} max {max(self.values):.3f}"


@torch.no_grad()
def evaluate_policy(policy, env, n_episodes=3):
    """Greedy races: how many finish and how long they take."""
    policy.eval()
    finished, lengths = 0, []
    for _ in range(n_episodes):
        obs_hist = [env.reset()]
        done = False
        while not done:
            logits = policy(torch.stack(obs_hist).unsqueeze(0))[0, -1]
            obs, _, done = env.step(int(logits.argmax()))
            obs_hist.append(obs)
        finished += int(env.distance <= 0.0)
        lengths.append(env.t)
    return {"finished": finished, "mean_len": statistics.mean(lengths)}


# ---------------------------------------------------------------------------
# main loop
# ---------------------------------------------------------------------------

def train(cfg):
    rng = random.Random(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    env = SnailTrack(cfg["horizon"], rng)
    policy = GRUPolicy(cfg["hidden"])
    baseline = Baseline(cfg["hidden"])
    p_opt = torch.optim.Adam(policy.parameters(), lr=cfg["policy_lr"])
    b_opt = torch.optim.Adam(baseline.parameters(), lr=cfg["baseline_lr"])
    reward_stats = RunningStats()
    for it in range(cfg["iterations"]):
        policy.eval()
        episodes = [rollout(policy, env) for _ in range(cfg["episodes_per_iter"])]
        for ep in episodes:
            reward_stats.add(ep.total_reward)
        p_loss, b_loss, advs = update(policy, baseline, p_opt, b_opt, episodes, cfg)
        msg = f"iter {it} policy {p_loss:.4f} baseline {b_loss:.4f} reward {reward_stats.summary()}"
        if cfg["diagnostics"]:
            norms = per_episode_grad_norms(policy, episodes, advs, cfg)
            msg += f" gns {gradient_noise_scale(norms):.3f}"
        LOG.info(msg)
    LOG.info("greedy evaluation %s", evaluate_policy(policy, env))
    return policy, baseline


def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--iterations", type=int, default=CONFIG["iterations"])
    p.add_argument("--episodes", type=int, default=CONFIG["episodes_per_iter"])
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--no-diagnostics", action="store_true")
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="[%(name)s] %(message)s")
    cfg = dict(CONFIG)
    cfg.update(iterations=args.iterations, episodes_per_iter=args.episodes,
               hidden=args.hidden, seed=args.seed, diagnostics=not args.no_diagnostics)
    LOG.info("config %s", cfg)
    train(cfg)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
