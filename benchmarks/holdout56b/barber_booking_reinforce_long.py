# expect: clean
"""Barbershop booking agent trained with REINFORCE and a learned baseline.

Each episode is one working day: customers arrive, the agent chooses which
chair (or the waiting bench) to send them to.  The policy reads the history
of the queue with a GRU; the baseline is a separate LSTM value network.  A
greedy evaluation runs every few iterations with the whole agent in eval mode.

Usage:
    python barber_booking_reinforce_long.py --iterations 4 --episodes 3
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

LOG = logging.getLogger("barber-rl")

CONFIG = {
    "seed": 5,
    "chairs": 3,
    "horizon": 8,
    "obs_dim": 6,
    "hidden": 12,
    "gamma": 0.97,
    "lr_policy": 3e-3,
    "lr_baseline": 5e-3,
    "entropy_coef": 0.01,
    "iterations": 4,
    "episodes": 3,
    "eval_every": 2,
    "eval_episodes": 2,
    "grad_clip": 0.5,
}

Step = namedtuple("Step", "obs action reward")


# --------------------------------------------------------------------------
# argument handling
# --------------------------------------------------------------------------
def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--iterations", type=int, default=CONFIG["iterations"])
    p.add_argument("--episodes", type=int, default=CONFIG["episodes"])
    p.add_argument("--seed", type=int, default=CONFIG["seed"])
    p.add_argument("--entropy", type=float, default=CONFIG["entropy_coef"])
    p.add_argument("--verbose", action="store_true")
    return p.parse_args(argv)


def merged_config(args):
    cfg = dict(CONFIG)
    cfg["iterations"] = args.iterations
    cfg["episodes"] = args.episodes
    cfg["seed"] = args.seed
    cfg["entropy_coef"] = args.entropy
    return cfg


# --------------------------------------------------------------------------
# environment
# --------------------------------------------------------------------------
class BarberShop:
    """A tiny queueing simulator.

    Observation: [queue length, busy chairs..., minutes to closing, arrival]
    Action: index of a chair, or `chairs` for "wait on the bench".
    """

    def __init__(self, chairs, horizon, rng):
        self.chairs = chairs
        self.horizon = horizon
        self.rng = rng
        self.reset()

    def reset(self):
        self.t = 0
        self.queue = 0
        self.busy = [0] * self.chairs
        self.arrival = 1
        return self._obs()

    def _obs(self):
        busy = [min(b, 3) / 3.0 for b in self.busy]
        vec = [self.queue / 5.0] + busy + [(self.horizon - self.t) / self.horizon, float(self.arrival)]
        return torch.tensor(vec, dtype=torch.float32)

    def step(self, action):
        reward = 0.0
        if self.arrival:
            if action < self.chairs and self.busy[action] == 0:
                self.busy[action] = self.rng.randint(1, 3)
                reward += 1.0
            elif action < self.chairs:
                reward -= 0.5  # sent to an occupied chair
                self.queue += 1
            else:
                self.queue += 1
        for i in range(self.chairs):
            if self.busy[i] > 0:
                self.busy[i] -= 1
            elif self.queue > 0:
                self.queue -= 1
                self.busy[i] = self.rng.randint(1, 3)
                reward += 0.5
        reward -= 0.1 * self.queue
        self.t += 1
        self.arrival = int(self.rng.random() < 0.6)
        done = self.t >= self.horizon
        return self._obs(), reward, done


# --------------------------------------------------------------------------
# networks
# --------------------------------------------------------------------------
class Policy(nn.Module):
    def __init__(self, obs_dim, hidden, n_actions):
        super().__init__()
        self.gru = nn.GRU(obs_dim, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_actions)

    def forward(self, obs_seq):
        h, _ = self.gru(obs_seq)
        return self.logits(h)


class Baseline(nn.Module):
    def __init__(self, obs_dim, hidden):
        super().__init__()
        self.lstm = nn.LSTM(obs_dim, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq):
        h, _ = self.lstm(obs_seq)
        return self.v(h).squeeze(-1)


class Agent(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.policy = Policy(cfg["obs_dim"], cfg["hidden"], cfg["chairs"] + 1)
        self.baseline = Baseline(cfg["obs_dim"], cfg["hidden"])

    @torch.no_grad()
    def act(self, history, greedy=False):
        logits = self.policy(torch.stack(history).unsqueeze(0))[0, -1]
        if greedy:
            return int(logits.argmax())
        return int(torch.distributions.Categorical(logits=logits).sample())

    def submodules_for_training(self):
        return (self.policy, self.baseline)


# --------------------------------------------------------------------------
# rollouts and returns
# --------------------------------------------------------------------------
def run_episode(env, agent, greedy=False):
    obs = env.reset()
    history, steps, done = [obs], [], False
    while not done:
        a = agent.act(history, greedy=greedy)
        nxt, r, done = env.step(a)
        steps.append(Step(obs, a, r))
        obs = nxt
        history.append(obs)
    return steps


def discounted_returns(rewards, gamma):
    out, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        out.append(g)
    return list(reversed(out))


def to_tensors(episodes, gamma):
    obs = torch.stack([torch.stack([s.obs for s in ep]) for ep in episodes])
    acts = torch.tensor([[s.action for s in ep] for ep in episodes])
    rets = torch.tensor([discounted_returns([s.reward for s in ep], gamma) for ep in episodes])
    return obs, acts, rets


# --------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------
class ReturnTracker:
    def __init__(self, window=10):
        self.window = deque(maxlen=window)
        self.best = -math.inf

    def add(self, value):
        self.window.append(value)
        self.best = max(self.best, value)

    @property
    def mean(self):
        return statistics.fmean(self.window) if self.window else 0.0


def explained_variance(pred, target):
    var_t = target.var()
    if var_t.item() == 0:
        return 0.0
    return float(1 - (target - pred).var() / var_t)


def action_histogram(episodes, n_actions):
    counts = [0] * n_actions
    for ep in episodes:
        for s in ep:
            counts[s.action] += 1
    total = max(sum(counts), 1)
    return [round(c / total, 3) for c in counts]


def format_histogram(hist, chairs):
    names = [f"chair{i}" for i in range(chairs)] + ["bench"]
    return ", ".join(f"{n}={h}" for n, h in zip(names, hist))


# --------------------------------------------------------------------------
# learner
# --------------------------------------------------------------------------
class Reinforce:
    def __init__(self, agent, cfg):
        self.agent = agent
        self.cfg = cfg
        self.opt_pi = torch.optim.Adam(agent.policy.parameters(), lr=cfg["lr_policy"])
        self.opt_v = torch.optim.Adam(agent.baseline.parameters(), lr=cfg["lr_baseline"])
        self.tracker = ReturnTracker()

    def collect(self, env):
        for m in self.agent.submodules_for_training():
            m.train()
        episodes = [run_episode(env, self.agent) for _ in range(self.cfg["episodes"])]
        for ep in episodes:
            self.tracker.add(sum(s.reward for s in ep))
        return episodes

    def update(self, episodes):
        obs, acts, rets = to_tensors(episodes, self.cfg["gamma"])
        values = self.agent.baseline(obs)
        v_loss = F.mse_loss(values, rets)
        self.opt_v.zero_grad()
        v_loss.backward()
        nn.utils.clip_grad_norm_(self.agent.baseline.parameters(), self.cfg["grad_clip"])
        self.opt_v.step()

        adv = (rets - values.detach())
        adv = (adv - adv.mean()) / (adv.std() + 1e-6)
        logits = self.agent.policy(obs)
        dist = torch.distributions.Categorical(logits=logits)
        pi_loss = -(dist.log_prob(acts) * adv).mean() - self.cfg["entropy_coef"] * dist.entropy().mean()
        self.opt_pi.zero_grad()
        pi_loss.backward()
        nn.utils.clip_grad_norm_(self.agent.policy.parameters(), self.cfg["grad_clip"])
        self.opt_pi.step()
        return {
            "v_loss": round(v_loss.item(), 4),
            "pi_loss": round(pi_loss.item(), 4),
            "explained_var": round(explained_variance(values.detach(), rets), 3),
        }

    def evaluate(self, env, n):
        self.agent.eval()
        totals = [sum(s.reward for s in run_episode(env, self.agent, greedy=True)) for _ in range(n)]
        return statistics.fmean(totals)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(message)s")
    cfg = merged_config(args)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    env = BarberShop(cfg["chairs"], cfg["horizon"], random.Random(cfg["seed"]))
    eval_env = BarberShop(cfg["chairs"], cfg["horizon"], random.Random(cfg["seed"] + 1))
    agent = Agent(cfg)
    learner = Reinforce(agent, cfg)
    LOG.info("policy params %d, baseline params %d",
             sum(p.numel() for p in agent.policy.parameters()),
             sum(p.numel() for p in agent.baseline.parameters()))
    for it in range(cfg["iterations"]):
        episodes = learner.collect(env)
        stats = learner.update(episodes)
        LOG.info("iter %d mean return %.3f %s", it, learner.tracker.mean, stats)
        LOG.debug("actions: %s", format_histogram(action_histogram(episodes, cfg["chairs"] + 1), cfg["chairs"]))
        if (it + 1) % cfg["eval_every"] == 0:
            score = learner.evaluate(eval_env, cfg["eval_episodes"])
            LOG.info("iter %d greedy eval return %.3f", it, score)
    print("best return", round(learner.tracker.best, 3))


if __name__ == "__main__":
    main()
