# expect: crash
"""Goldsmith's melting furnace: learn a heating schedule by policy gradient.

A crucible of scrap gold alloy must reach pouring temperature without overheating
(which burns off zinc and pits the casting). The environment is a toy thermal model.
The policy is a GRU over the observation history that picks one of five burner
settings; a separate LSTM baseline network estimates the return-to-go so that
REINFORCE uses advantages instead of raw returns. Every few iterations the current
greedy policy is evaluated on fixed seeds and the best one is kept.
"""
import argparse
import collections
import dataclasses
import logging
import math
import random
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("furnace")

BURNER = (0.0, 0.25, 0.5, 0.75, 1.0)

HPARAMS = dict(
    horizon=12,
    episodes_per_iter=4,
    iterations=4,
    eval_every=2,
    eval_episodes=3,
    gamma=0.97,
    policy_lr=1e-2,
    baseline_lr=1e-2,
    entropy_coef=0.01,
    hidden=10,
    seed=5,
    target_temp=1.0,
    burn_temp=1.25,
)


# ------------------------------------------------------------------ environment
@dataclasses.dataclass
class FurnaceState:
    temp: float = 0.1
    zinc: float = 1.0
    t: int = 0


class Furnace:
    """Very small thermal model: heating with lag, losses, zinc burn-off above a limit."""

    def __init__(self, hp, rng):
        self.hp = hp
        self.rng = rng
        self.state = FurnaceState()
        self.lag = 0.0

    def reset(self):
        self.state = FurnaceState(temp=0.1 + 0.05 * self.rng.random())
        self.lag = 0.0
        return self.observe()

    def observe(self):
        s = self.state
        return torch.tensor([s.temp, s.zinc, s.t / self.hp["horizon"], self.lag])

    def step(self, action):
        s = self.state
        power = BURNER[action]
        self.lag = 0.6 * self.lag + 0.4 * power
        s.temp += 0.15 * self.lag - 0.05 * s.temp + 0.01 * (self.rng.random() - 0.5)
        if s.temp > self.hp["burn_temp"]:
            s.zinc = max(0.0, s.zinc - 0.1 * (s.temp - self.hp["burn_temp"]) * 10)
        s.t += 1
        reward = -abs(s.temp - self.hp["target_temp"]) - 0.5 * (1.0 - s.zinc) - 0.02 * power
        done = s.t >= self.hp["horizon"]
        return self.observe(), reward, done


# ------------------------------------------------------------------ networks
class Policy(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, batch_first=True)
        self.pi = nn.Linear(hidden, len(BURNER))

    def forward(self, obs_seq):
        h, _ = self.rnn(obs_seq)
        return self.pi(h)


class Baseline(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq):
        h, _ = self.rnn(obs_seq)
        return self.v(h).squeeze(-1)


# ------------------------------------------------------------------ rollouts
Episode = collections.namedtuple("Episode", "obs actions rewards")


def rollout(env, policy, greedy=False):
    obs = [env.reset()]
    actions, rewards = [], []
    done = False
    with torch.no_grad():
        while not done:
            logits = policy(torch.stack(obs)[None])[0, -1]
            if greedy:
                a = int(logits.argmax())
            else:
                a = int(torch.distributions.Categorical(logits=logits).sample())
            o, r, done = env.step(a)
            actions.append(a)
            rewards.append(r)
            if not done:
                obs.append(o)
    return Episode(torch.stack(obs), torch.tensor(actions), torch.tensor(rewards))


def discounted(rewards, gamma):
    out = torch.zeros_like(rewards)
    running = 0.0
    for i in reversed(range(len(rewards))):
        running = rewards[i] + gamma * running
        out[i] = running
    return out


# ------------------------------------------------------------------ agent
class ReinforceAgent:
    def __init__(self, hp):
        self.hp = hp
        self.policy = Policy(hp["hidden"])
        self.baseline = Baseline(hp["hidden"])
        self.policy.train()
        self.baseline.train()
        self.opt_pi = torch.optim.Adam(self.policy.parameters(), lr=hp["policy_lr"])
        self.opt_v = torch.optim.Adam(self.baseline.parameters(), lr=hp["baseline_lr"])
        self.best_score = -math.inf
        self.best_state = None

    def update(self, episodes):
        obs = torch.stack([e.obs for e in episodes])
        acts = torch.stack([e.actions for e in episodes])
        rets = torch.stack([discounted(e.rewards, self.hp["gamma"]) for e in episodes])

        values = self.baseline(obs)
        v_loss = F.mse_loss(values, rets)
        self.opt_v.zero_grad()
        v_loss.backward()  # TM001-here
        self.opt_v.step()

        self.policy.train()
        logits = self.policy(obs)
        logp = F.log_softmax(logits, -1).gather(-1, acts.unsqueeze(-1)).squeeze(-1)
        adv = (rets - values.detach())
        adv = (adv - adv.mean()) / (adv.std() + 1e-6)
        entropy = -(F.softmax(logits, -1) * F.log_softmax(logits, -1)).sum(-1).mean()
        pi_loss = -(logp * adv).mean() - self.hp["entropy_coef"] * entropy
        self.opt_pi.zero_grad()
        pi_loss.backward()
        nn.utils.clip_grad_norm_(self.policy.parameters(), 1.0)
        self.opt_pi.step()
        return {"v_loss": v_loss.item(), "pi_loss": pi_loss.item(), "entropy": entropy.item()}

    def evaluate(self, seeds):
        """Greedy evaluation on fixed seeds; also reports the baseline's calibration."""
        self.policy.eval()
        self.baseline.eval()
        scores, v_err = [], []
        for s in seeds:
            env = Furnace(self.hp, random.Random(s))
            ep = rollout(env, self.policy, greedy=True)
            ret = discounted(ep.rewards, self.hp["gamma"])
            with torch.no_grad():
                v = self.baseline(ep.obs[None])[0]
            scores.append(float(ep.rewards.sum()))
            v_err.append(float((v - ret).abs().mean()))
        score = statistics.mean(scores)
        if score > self.best_score:
            self.best_score = score
            self.best_state = {k: v.clone() for k, v in self.policy.state_dict().items()}
        return {"score": score, "baseline_mae": statistics.mean(v_err)}


# ------------------------------------------------------------------ bookkeeping
class MetricLog:
    def __init__(self):
        self.rows = []

    def add(self, it, **kw):
        row = {"it": it}
        row.update(kw)
        self.rows.append(row)

    def last(self, key, default=float("nan")):
        for row in reversed(self.rows):
            if key in row:
                return row[key]
        return default

    def table(self, keys):
        head = " | ".join(f"{k:>9s}" for k in ["it"] + list(keys))
        lines = [head, "-" * len(head)]
        for row in self.rows:
            lines.append(" | ".join(
                f"{row.get(k, float('nan')):9.4f}" if isinstance(row.get(k), float) else f"{str(row.get(k, '')):>9s}"
                for k in ["it"] + list(keys)))
        return "\n".join(lines)


def summarise_actions(episodes):
    counts = collections.Counter(int(a) for e in episodes for a in e.actions)
    total = sum(counts.values())
    return {BURNER[k]: round(v / total, 2) for k, v in sorted(counts.items())}


def temperature_trace(hp, policy, seed):
    env = Furnace(hp, random.Random(seed))
    policy.eval()
    ep = rollout(env, policy, greedy=True)
    return [round(float(o[0]), 3) for o in ep.obs]


def check_environment(hp, n=3):
    """Sanity checks of the thermal model before any learning: full burner overheats,
    no burner never reaches pouring temperature."""
    results = {}
    for name, action in (("cold", 0), ("full", len(BURNER) - 1)):
        peaks = []
        for seed in range(n):
            env = Furnace(hp, random.Random(seed))
            env.reset()
            peak, done = 0.0, False
            while not done:
                obs, _, done = env.step(action)
                peak = max(peak, float(obs[0]))
            peaks.append(peak)
        results[name] = max(peaks)
    if results["cold"] >= hp["target_temp"]:
        logger.warning("furnace reaches target with the burner off: %.3f", results["cold"])
    return results


def dump_log(log, hp):
    """Write the metric log as JSON lines next to a temp file and remove it again."""
    import json
    import os
    import tempfile
    fd, path = tempfile.mkstemp(prefix="furnace_", suffix=".jsonl")
    with os.fdopen(fd, "w") as fh:
        fh.write(json.dumps({"hparams": hp}) + "\n")
        for row in log.rows:
            fh.write(json.dumps(row) + "\n")
    size = os.path.getsize(path)
    os.remove(path)
    return size


# ------------------------------------------------------------------ cli
def get_args(argv=None):
    p = argparse.ArgumentParser(description="REINFORCE with an LSTM baseline for furnace heating")
    p.add_argument("--iterations", type=int, default=HPARAMS["iterations"])
    p.add_argument("--episodes", type=int, default=HPARAMS["episodes_per_iter"])
    p.add_argument("--eval-every", type=int, default=HPARAMS["eval_every"])
    p.add_argument("--seed", type=int, default=HPARAMS["seed"])
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def train(hp):
    rng = random.Random(hp["seed"])
    torch.manual_seed(hp["seed"])
    agent = ReinforceAgent(hp)
    env = Furnace(hp, rng)
    log = MetricLog()
    eval_seeds = [1000 + i for i in range(hp["eval_episodes"])]
    t0 = time.time()
    for it in range(hp["iterations"]):
        episodes = [rollout(env, agent.policy) for _ in range(hp["episodes_per_iter"])]
        stats = agent.update(episodes)
        stats["mean_return"] = float(torch.stack([e.rewards.sum() for e in episodes]).mean())
        log.add(it, **stats)
        logger.info("it %d  return %.3f  v_loss %.4f  entropy %.3f  actions %s", it,
                    stats["mean_return"], stats["v_loss"], stats["entropy"], summarise_actions(episodes))
        if (it + 1) % hp["eval_every"] == 0:
            ev = agent.evaluate(eval_seeds)
            log.add(it, **ev)
            logger.info("eval it %d  score %.3f  baseline MAE %.3f", it, ev["score"], ev["baseline_mae"])
    logger.info("done in %.2fs, best greedy score %.3f", time.time() - t0, agent.best_score)
    return agent, log


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(levelname).1s %(name)s | %(message)s")
    hp = dict(HPARAMS, iterations=args.iterations, episodes_per_iter=args.episodes,
              eval_every=args.eval_every, seed=args.seed)
    logger.info("environment check: %s", check_environment(hp))
    agent, log = train(hp)
    logger.info("metric log: %d bytes", dump_log(log, hp))
    print(log.table(["mean_return", "v_loss", "score"]))
    if agent.best_state is not None:
        agent.policy.load_state_dict(agent.best_state)
    print("greedy trace:", temperature_trace(hp, agent.policy, seed=7))


if __name__ == "__main__":
    main()
