# expect: clean
"""
Ivory-inlay cut ordering with REINFORCE and a learned GRU baseline.

A GRU policy emits a sequence of cut choices; rewards come from a toy cost
model. Rollouts are collected with the policy in eval mode under no_grad, and
the update re-scores the stored actions with a fresh forward pass.

    python ivory_inlay_reinforce_research.py --iters 3 --hidden 8
"""
import argparse
import collections
import logging
import math
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("inlay")

CFG = {
    "env": {"n_pieces": 5, "feat": 3, "horizon": 5},
    "policy": {"hidden": 8, "embed": 6},
    "baseline": {"hidden": 8},
    "algo": {"iters": 3, "episodes": 6, "gamma": 0.97, "entropy": 0.01, "lr_pi": 3e-3, "lr_b": 1e-2,
             "clip": 0.5, "normalise_adv": True},
    "seed": 31,
}

Transition = collections.namedtuple("Transition", "obs actions rewards")


# ---------------------------------------------------------------- environment
class InlayBoard:
    """Each episode: a set of pieces with features; reward for cutting cheap pieces first."""

    def __init__(self, n_pieces, feat, gen):
        self.n = n_pieces
        self.feat = feat
        self.gen = gen

    def reset(self, batch):
        self.pieces = torch.rand(batch, self.n, self.feat, generator=self.gen)
        self.cost = self.pieces[..., 0] * 2 + self.pieces[..., 1]
        self.done = torch.zeros(batch, self.n, dtype=torch.bool)
        self.t = 0
        return self.observe()

    def observe(self):
        mask = self.done.float().unsqueeze(-1)
        return torch.cat([self.pieces, mask], -1)

    def step(self, action):
        b = torch.arange(action.size(0))
        already = self.done[b, action]
        reward = -self.cost[b, action] * (1 + 0.1 * self.t) - 2.0 * already.float()
        self.done[b, action] = True
        self.t += 1
        return self.observe(), reward


# ---------------------------------------------------------------- networks
class CutPolicy(nn.Module):
    def __init__(self, feat, embed, hidden):
        super().__init__()
        self.embed = nn.Linear(feat + 1, embed)
        self.gru = nn.GRU(embed, hidden, batch_first=True)
        self.score = nn.Linear(hidden + embed, 1)

    def forward(self, obs_seq):
        # obs_seq: (B, T, N, F+1) -> logits (B, T, N)
        B, T, N, _ = obs_seq.shape
        e = torch.relu(self.embed(obs_seq))
        ctx, _ = self.gru(e.mean(2))
        joint = torch.cat([ctx.unsqueeze(2).expand(B, T, N, ctx.size(-1)), e], -1)
        return self.score(joint).squeeze(-1)


class Baseline(nn.Module):
    def __init__(self, feat, hidden):
        super().__init__()
        self.gru = nn.GRU(feat + 1, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, obs_seq):
        h, _ = self.gru(obs_seq.mean(2))
        return self.v(h).squeeze(-1)


# ---------------------------------------------------------------- helpers
def discounted(rewards, gamma):
    out = torch.zeros_like(rewards)
    running = torch.zeros(rewards.size(0))
    for t in reversed(range(rewards.size(1))):
        running = rewards[:, t] + gamma * running
        out[:, t] = running
    return out


def explained_variance(pred, target):
    var = target.var()
    return float("nan") if var.item() == 0 else 1 - (target - pred).var().item() / var.item()


class MovingAverage:
    def __init__(self, beta=0.9):
        self.beta = beta
        self.value = None

    def __call__(self, x):
        self.value = x if self.value is None else self.beta * self.value + (1 - self.beta) * x
        return self.value


def grad_norm(params):
    total = 0.0
    for p in params:
        if p.grad is not None:
            total += p.grad.pow(2).sum().item()
    return math.sqrt(total)


# ---------------------------------------------------------------- rollouts
def collect(policy, env, episodes, horizon):
    """Sample cut orders with the current policy; no gradients are kept here."""
    policy.eval()
    obs = env.reset(episodes)
    obs_hist, acts, rews = [], [], []
    with torch.no_grad():
        for t in range(horizon):
            obs_hist.append(obs)
            logits = policy(torch.stack(obs_hist, 1))[:, -1]
            logits = logits.masked_fill(env.done, -1e4)
            a = torch.distributions.Categorical(logits=logits).sample()
            obs, r = env.step(a)
            acts.append(a)
            rews.append(r)
    return Transition(torch.stack(obs_hist, 1), torch.stack(acts, 1), torch.stack(rews, 1))


def rescore(policy, traj):
    """Log-probabilities and entropy of stored actions under the current policy (train mode)."""
    policy.train()
    logits = policy(traj.obs)
    taken = traj.obs[..., -1] > 0.5
    logits = logits.masked_fill(taken, -1e4)
    dist = torch.distributions.Categorical(logits=logits)
    return dist.log_prob(traj.actions), dist.entropy()


# ---------------------------------------------------------------- update
def update(policy, baseline, opt_pi, opt_b, traj, cfg):
    a = cfg["algo"]
    returns = discounted(traj.rewards, a["gamma"])

    baseline.train()
    values = baseline(traj.obs)
    b_loss = F.mse_loss(values, returns)
    opt_b.zero_grad()
    b_loss.backward()
    opt_b.step()

    adv = returns - values.detach()
    if a["normalise_adv"]:
        adv = (adv - adv.mean()) / (adv.std() + 1e-6)
    logp, ent = rescore(policy, traj)
    pi_loss = -(logp * adv).mean() - a["entropy"] * ent.mean()
    opt_pi.zero_grad()
    pi_loss.backward()
    gn = grad_norm(policy.parameters())
    nn.utils.clip_grad_norm_(policy.parameters(), a["clip"])
    opt_pi.step()
    return {"pi_loss": pi_loss.item(), "b_loss": b_loss.item(), "grad_norm": gn,
            "ev": explained_variance(values.detach(), returns), "return": returns[:, 0].mean().item()}


def greedy_eval(policy, env, episodes, horizon):
    policy.eval()
    obs = env.reset(episodes)
    hist, total = [], torch.zeros(episodes)
    with torch.no_grad():
        for _ in range(horizon):
            hist.append(obs)
            logits = policy(torch.stack(hist, 1))[:, -1].masked_fill(env.done, -1e4)
            obs, r = env.step(logits.argmax(-1))
            total += r
    return total.mean().item()


# ---------------------------------------------------------------- bookkeeping
def validate_config(cfg):
    """Fail early on inconsistent settings instead of deep inside a rollout."""
    env, algo = cfg["env"], cfg["algo"]
    problems = []
    if env["horizon"] > env["n_pieces"]:
        problems.append("horizon longer than the number of pieces")
    if not 0.0 < algo["gamma"] <= 1.0:
        problems.append("gamma must lie in (0, 1]")
    if algo["episodes"] < 2 and algo["normalise_adv"]:
        problems.append("advantage normalisation needs at least two episodes")
    for key in ("lr_pi", "lr_b"):
        if algo[key] <= 0:
            problems.append(f"{key} must be positive")
    if problems:
        raise ValueError("; ".join(problems))
    return cfg


def snapshot(module):
    """Detached copy of the parameters, for best-so-far bookkeeping."""
    return {k: v.detach().clone() for k, v in module.state_dict().items()}


class BestTracker:
    def __init__(self):
        self.best = -float("inf")
        self.state = None
        self.iteration = -1

    def offer(self, score, module, iteration):
        if score > self.best:
            self.best = score
            self.state = snapshot(module)
            self.iteration = iteration
            return True
        return False


def action_histogram(actions, n):
    counts = torch.bincount(actions.flatten(), minlength=n).float()
    return (counts / counts.sum()).tolist()


def summarise_returns(values, window=2):
    """Mean, best and a trailing-window mean of the sampled returns."""
    if not values:
        return {"mean": float("nan"), "best": float("nan"), "tail": float("nan")}
    tail = values[-window:]
    return {
        "mean": sum(values) / len(values),
        "best": max(values),
        "tail": sum(tail) / len(tail),
    }


def report(history):
    lines = ["iter  return   pi_loss  b_loss   ev"]
    for i, (r, pl, bl, ev) in enumerate(zip(history["return"], history["pi_loss"],
                                            history["b_loss"], history["ev"])):
        lines.append(f"{i:4d}  {r:7.3f}  {pl:7.4f}  {bl:7.4f}  {ev:6.3f}")
    return "\n".join(lines)


# ---------------------------------------------------------------- main
def get_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--iters", type=int, default=CFG["algo"]["iters"])
    p.add_argument("--hidden", type=int, default=CFG["policy"]["hidden"])
    p.add_argument("--episodes", type=int, default=CFG["algo"]["episodes"])
    p.add_argument("--seed", type=int, default=CFG["seed"])
    p.add_argument("--log-level", default="INFO")
    return p.parse_args(argv)


def main(argv=None):
    args = get_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), stream=sys.stdout,
                        format="%(levelname).1s %(name)s: %(message)s")
    cfg = dict(CFG)
    cfg["algo"] = dict(CFG["algo"], iters=args.iters, episodes=args.episodes)
    validate_config(cfg)
    tracker = BestTracker()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)
    env = InlayBoard(cfg["env"]["n_pieces"], cfg["env"]["feat"], gen)
    policy = CutPolicy(cfg["env"]["feat"], cfg["policy"]["embed"], args.hidden)
    baseline = Baseline(cfg["env"]["feat"], cfg["baseline"]["hidden"])
    opt_pi = torch.optim.Adam(policy.parameters(), lr=cfg["algo"]["lr_pi"])
    opt_b = torch.optim.Adam(baseline.parameters(), lr=cfg["algo"]["lr_b"])
    smooth = MovingAverage()
    history = collections.defaultdict(list)
    t0 = time.perf_counter()
    for it in range(cfg["algo"]["iters"]):
        traj = collect(policy, env, cfg["algo"]["episodes"], cfg["env"]["horizon"])
        stats = update(policy, baseline, opt_pi, opt_b, traj, cfg)
        for k, v in stats.items():
            history[k].append(v)
        if tracker.offer(stats["return"], policy, it):
            log.debug("new best at iter %d", it)
        log.debug("action histogram %s", action_histogram(traj.actions, cfg["env"]["n_pieces"]))
        log.info("iter %d return %.3f (avg %.3f) pi %.4f b %.4f ev %.3f |g| %.3f", it, stats["return"],
                 smooth(stats["return"]), stats["pi_loss"], stats["b_loss"], stats["ev"], stats["grad_norm"])
    score = greedy_eval(policy, env, 4, cfg["env"]["horizon"])
    log.info("greedy return %.3f in %.2fs", score, time.perf_counter() - t0)
    log.info("best sampled return %.3f at iter %d", tracker.best, tracker.iteration)
    print(report(history))
    log.info("return summary %s", summarise_returns(history["return"]))
    return history


if __name__ == "__main__":
    main()
