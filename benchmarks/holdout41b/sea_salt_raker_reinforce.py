# expect: crash
"""Sea-salt raking schedules learned with REINFORCE and a learned baseline.

A GRU policy reads recent brine-pan readings (evaporation, wind, salinity) and picks which
of K pans to rake next; the reward is the salt yield of that pan minus a fatigue cost.
A separate GRU value network is the baseline. The script logs metrics, keeps a config
dict overridable by argparse, and runs greedy evaluation rollouts between updates.
"""
import argparse
import collections
import logging
import math
import os
import tempfile
import random
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("saltrake")

DEFAULTS = {
    "seed": 21,
    "n_pans": 4,
    "obs_dim": 3,
    "hidden": 8,
    "horizon": 5,
    "episodes_per_update": 4,
    "updates": 3,
    "policy_lr": 1e-2,
    "value_lr": 2e-2,
    "gamma": 0.95,
    "entropy_coef": 0.01,
    "eval_episodes": 2,
    "fatigue": 0.05,
}


# --------------------------------------------------------------------------------------
# cli / config
# --------------------------------------------------------------------------------------
def build_parser():
    p = argparse.ArgumentParser(description="REINFORCE for salt-pan raking")
    p.add_argument("--updates", type=int)
    p.add_argument("--hidden", type=int)
    p.add_argument("--gamma", type=float)
    p.add_argument("--entropy-coef", dest="entropy_coef", type=float)
    p.add_argument("--verbose", action="store_true")
    return p


def load_config(argv=None):
    args, _ = build_parser().parse_known_args(argv)
    cfg = dict(DEFAULTS)
    cfg.update({k: v for k, v in vars(args).items() if v is not None and k in cfg})
    cfg["verbose"] = bool(args.verbose)
    return cfg


# --------------------------------------------------------------------------------------
# environment
# --------------------------------------------------------------------------------------
class SaltPans:
    """A toy pan field. Each pan has a hidden evaporation rate; raking a pan yields salt
    proportional to how long it has been left, and tires the raker a little."""

    def __init__(self, n_pans, obs_dim, horizon, fatigue, rng):
        self.n = n_pans
        self.obs_dim = obs_dim
        self.horizon = horizon
        self.fatigue = fatigue
        self.rng = rng
        self.reset()

    def reset(self):
        self.rates = [self.rng.uniform(0.2, 1.0) for _ in range(self.n)]
        self.since = [1.0] * self.n
        self.t = 0
        self.tired = 0.0
        return self.observe()

    def observe(self):
        obs = torch.zeros(self.n, self.obs_dim)
        for i in range(self.n):
            obs[i, 0] = self.rates[i] + 0.05 * self.rng.gauss(0, 1)
            obs[i, 1] = self.since[i] / self.horizon
            obs[i, 2] = self.tired
        return obs

    def step(self, pan):
        reward = self.rates[pan] * self.since[pan] - self.tired
        for i in range(self.n):
            self.since[i] = 1.0 if i == pan else self.since[i] + 1.0
        self.tired += self.fatigue
        self.t += 1
        return self.observe(), reward, self.t >= self.horizon


# --------------------------------------------------------------------------------------
# networks
# --------------------------------------------------------------------------------------
class PanEncoder(nn.Module):
    """Runs a GRU over the pans (as a sequence) and returns one feature per pan."""

    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)

    def forward(self, obs):
        h, last = self.gru(obs.unsqueeze(0))
        return h.squeeze(0), last.squeeze(0).squeeze(0)


class Policy(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.enc = PanEncoder(obs_dim, hidden)
        self.logit = nn.Linear(hidden, 1)

    def forward(self, obs):
        per_pan, _ = self.enc(obs)
        return self.logit(per_pan).squeeze(-1)


class Baseline(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.enc = PanEncoder(obs_dim, hidden)
        self.v = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, obs):
        _, summary = self.enc(obs)
        return self.v(summary).squeeze(-1)


# --------------------------------------------------------------------------------------
# rollouts
# --------------------------------------------------------------------------------------
Transition = collections.namedtuple("Transition", "obs action logp entropy reward")


def rollout(env, policy, greedy=False):
    obs = env.reset()
    traj = []
    done = False
    while not done:
        logits = policy(obs)
        dist = torch.distributions.Categorical(logits=logits)
        action = logits.argmax() if greedy else dist.sample()
        nxt, reward, done = env.step(int(action))
        traj.append(Transition(obs, action, dist.log_prob(action), dist.entropy(), reward))
        obs = nxt
    return traj


def discounted_returns(rewards, gamma):
    out, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        out.append(g)
    return list(reversed(out))


# --------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------
class Meter:
    def __init__(self):
        self.values = collections.defaultdict(list)

    def add(self, **kw):
        for k, v in kw.items():
            self.values[k].append(float(v))

    def summary(self):
        return {k: statistics.fmean(v) for k, v in self.values.items() if v}

    def reset(self):
        self.values.clear()


def fmt(d):
    return ", ".join(f"{k}={v:.3f}" for k, v in sorted(d.items()))


# --------------------------------------------------------------------------------------
# learner
# --------------------------------------------------------------------------------------
class Learner:
    def __init__(self, cfg):
        self.cfg = cfg
        self.policy = Policy(cfg["obs_dim"], cfg["hidden"])
        self.baseline = Baseline(cfg["obs_dim"], cfg["hidden"])
        self.p_opt = torch.optim.Adam(self.policy.parameters(), lr=cfg["policy_lr"])
        self.v_opt = torch.optim.Adam(self.baseline.parameters(), lr=cfg["value_lr"])
        self.meter = Meter()

    def collect(self, env):
        self.policy.train()
        return [rollout(env, self.policy) for _ in range(self.cfg["episodes_per_update"])]

    def baseline_values(self, traj):
        return torch.stack([self.baseline(t.obs) for t in traj])

    def update(self, episodes):
        p_losses, v_losses = [], []
        for traj in episodes:
            returns = torch.tensor(discounted_returns([t.reward for t in traj], self.cfg["gamma"]))
            values = self.baseline_values(traj)
            adv = returns - values.detach()
            logps = torch.stack([t.logp for t in traj])
            ent = torch.stack([t.entropy for t in traj])
            p_losses.append(-(logps * adv).mean() - self.cfg["entropy_coef"] * ent.mean())
            v_losses.append(F.mse_loss(values, returns))
        p_loss = torch.stack(p_losses).mean()
        v_loss = torch.stack(v_losses).mean()
        self.p_opt.zero_grad()
        self.v_opt.zero_grad()
        (p_loss + 0.5 * v_loss).backward()  # TM001-here
        self.p_opt.step()
        self.v_opt.step()
        self.meter.add(policy_loss=p_loss.item(), value_loss=v_loss.item())

    @torch.no_grad()
    def evaluate(self, env):
        self.policy.eval()
        self.baseline.eval()
        totals, v0 = [], []
        for _ in range(self.cfg["eval_episodes"]):
            traj = rollout(env, self.policy, greedy=True)
            totals.append(sum(t.reward for t in traj))
            v0.append(self.baseline(traj[0].obs).item())
        self.policy.train()
        return {"eval_return": statistics.fmean(totals), "v0": statistics.fmean(v0)}


# --------------------------------------------------------------------------------------
# checkpoints and reports
# --------------------------------------------------------------------------------------
def checkpoint_roundtrip(learner):
    """Writes both networks to a temporary file, reads them back and removes the file;
    returns the number of tensors restored (a cheap sanity check of the state dicts)."""
    fd, path = tempfile.mkstemp(suffix=".pt", prefix="saltrake_")
    os.close(fd)
    try:
        torch.save({"policy": learner.policy.state_dict(),
                    "baseline": learner.baseline.state_dict()}, path)
        blob = torch.load(path)
    finally:
        os.remove(path)
    return sum(len(v) for v in blob.values())


def pan_preference_table(policy, env, n=3):
    """Average action probabilities over a few fresh observations."""
    probs = torch.zeros(env.n)
    with torch.no_grad():
        for _ in range(n):
            probs += torch.softmax(policy(env.reset()), -1)
    probs /= n
    rows = [f"pan {i}: {p:.3f}" for i, p in enumerate(probs.tolist())]
    return "\n".join(rows)


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)
    return random.Random(seed)


def main(argv=None):
    cfg = load_config(argv)
    logging.basicConfig(level=logging.DEBUG if cfg["verbose"] else logging.INFO,
                        format="%(levelname)s %(message)s", stream=sys.stdout)
    rng = set_seed(cfg["seed"])
    env = SaltPans(cfg["n_pans"], cfg["obs_dim"], cfg["horizon"], cfg["fatigue"], rng)
    learner = Learner(cfg)
    LOG.info("config: %s", cfg)
    best = -math.inf
    t0 = time.time()
    for u in range(cfg["updates"]):
        episodes = learner.collect(env)
        ret = statistics.fmean(sum(t.reward for t in ep) for ep in episodes)
        learner.update(episodes)
        ev = learner.evaluate(env)
        best = max(best, ev["eval_return"])
        LOG.info("update %d return %.3f | %s | %s", u, ret, fmt(learner.meter.summary()), fmt(ev))
        learner.meter.reset()
    LOG.info("best greedy return %.3f in %.2fs", best, time.time() - t0)
    LOG.info("checkpoint round trip restored %d tensors", checkpoint_roundtrip(learner))
    LOG.info("pan preferences:\n%s", pan_preference_table(learner.policy, env))
    return best


if __name__ == "__main__":
    main()
