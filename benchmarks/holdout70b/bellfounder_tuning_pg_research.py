# expect: crash
"""
Bell-founding: learning a lathe-cut schedule that tunes a cast bell's partials.

A GRU policy proposes a sequence of discrete cuts (0 = none, 1 = light, 2 = deep) for each bell; a toy acoustic
simulator scores the resulting partials against the target ratios. Trained with REINFORCE and a learned value
baseline (a separate small network), entropy bonus, reward normalisation and periodic greedy evaluation.

    python bellfounder_tuning_pg_research.py --iterations 3 --batch 4
"""
import argparse
import json
import logging
import math
import os
import random
import statistics
import tempfile
from dataclasses import asdict, dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("bellfounder")

TARGET_RATIOS = torch.tensor([0.5, 1.0, 1.2, 1.5, 2.0])
CUT_EFFECT = torch.tensor([0.0, -0.01, -0.03])

CONFIG = {
    "n_cuts": 6,
    "n_partials": 5,
    "hidden": 12,
    "policy_lr": 3e-3,
    "baseline_lr": 1e-2,
    "entropy_coef": 0.01,
    "gamma": 1.0,
    "reward_norm": True,
    "eval_every": 2,
}


@dataclass
class RunStats:
    iteration: int = 0
    rewards: list = field(default_factory=list)
    baseline_losses: list = field(default_factory=list)
    greedy: list = field(default_factory=list)

    def summary(self):
        last = self.rewards[-3:] or [0.0]
        return {"iteration": self.iteration, "mean_reward_last3": statistics.mean(last),
                "greedy": self.greedy[-1] if self.greedy else None}


# ----------------------------------------------------------------------------------------------------------------
# toy simulator
# ----------------------------------------------------------------------------------------------------------------
def random_bells(batch, n_partials):
    detune = 0.05 * torch.randn(batch, n_partials)
    return TARGET_RATIOS[:n_partials].unsqueeze(0) * (1.0 + detune)


def apply_cuts(partials, cuts):
    """cuts: (batch, n_cuts) ints; each cut position maps to a partial (mod n_partials)."""
    partials = partials.clone()
    n_partials = partials.size(1)
    for t in range(cuts.size(1)):
        idx = t % n_partials
        partials[:, idx] = partials[:, idx] * (1.0 + CUT_EFFECT[cuts[:, t]])
    return partials


def tuning_error(partials):
    target = TARGET_RATIOS[: partials.size(1)].unsqueeze(0)
    cents = 1200 * torch.log2(partials / target)
    return cents.abs().mean(-1)


def reward_fn(bells, cuts):
    before = tuning_error(bells)
    after = tuning_error(apply_cuts(bells, cuts))
    material = (cuts > 0).float().sum(-1) * 0.5
    return before - after - material


# ----------------------------------------------------------------------------------------------------------------
# networks
# ----------------------------------------------------------------------------------------------------------------
class CutPolicy(nn.Module):
    def __init__(self, n_partials, hidden, n_actions=3):
        super().__init__()
        self.n_actions = n_actions
        self.bell_enc = nn.Linear(n_partials, hidden)
        self.act_emb = nn.Embedding(n_actions + 1, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_actions)

    def initial(self, bells):
        return torch.tanh(self.bell_enc(bells)).unsqueeze(0)

    def step(self, prev_action, h):
        out, h = self.gru(self.act_emb(prev_action).unsqueeze(1), h)
        return self.logits(out.squeeze(1)), h

    def rollout(self, bells, n_cuts, greedy=False):
        """Sample a cut schedule. Returns actions, log-probs and entropies."""
        self.eval()  # deterministic layers while acting
        h = self.initial(bells)
        prev = torch.full((bells.size(0),), self.n_actions, dtype=torch.long)
        actions, logps, ents = [], [], []
        for _ in range(n_cuts):
            logits, h = self.step(prev, h)
            dist = torch.distributions.Categorical(logits=logits)
            a = logits.argmax(-1) if greedy else dist.sample()
            actions.append(a)
            logps.append(dist.log_prob(a))
            ents.append(dist.entropy())
            prev = a
        return torch.stack(actions, 1), torch.stack(logps, 1), torch.stack(ents, 1)


class Baseline(nn.Module):
    def __init__(self, n_partials, hidden):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(n_partials, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, bells):
        return self.net(bells).squeeze(-1)


# ----------------------------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------------------------
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def normalise(x, eps=1e-6):
    if x.numel() < 2:
        return x
    return (x - x.mean()) / (x.std() + eps)


def discounted(rewards, gamma):
    # terminal reward only, spread back over the cut sequence
    return rewards


def explained_variance(pred, target):
    var = target.var()
    if var.item() == 0:
        return float("nan")
    return (1 - (target - pred).var() / var).item()


def cut_histogram(actions, n_actions=3):
    counts = torch.bincount(actions.flatten(), minlength=n_actions).float()
    return (counts / counts.sum()).tolist()


def save_stats(stats, path):
    with open(path, "w") as fh:
        json.dump(asdict(stats), fh)


# ----------------------------------------------------------------------------------------------------------------
# training
# ----------------------------------------------------------------------------------------------------------------
def baseline_update(baseline, b_opt, bells, returns):
    pred = baseline(bells)
    loss = F.mse_loss(pred, returns)
    b_opt.zero_grad()
    loss.backward()
    b_opt.step()
    return loss.item(), pred.detach()


def policy_update(policy, p_opt, logps, ents, advantages, cfg):
    pg_loss = -(logps.sum(1) * advantages).mean()
    ent_bonus = ents.mean()
    loss = pg_loss - cfg["entropy_coef"] * ent_bonus
    p_opt.zero_grad()
    loss.backward()  # TM001-here
    nn.utils.clip_grad_norm_(policy.parameters(), 1.0)
    p_opt.step()
    return pg_loss.item(), ent_bonus.item()


def greedy_eval(policy, cfg, n=8):
    with torch.no_grad():
        bells = random_bells(n, cfg["n_partials"])
        actions, _, _ = policy.rollout(bells, cfg["n_cuts"], greedy=True)
        return reward_fn(bells, actions).mean().item()


def train(cfg, iterations, batch):
    policy = CutPolicy(cfg["n_partials"], cfg["hidden"])
    baseline = Baseline(cfg["n_partials"], cfg["hidden"])
    p_opt = torch.optim.Adam(policy.parameters(), lr=cfg["policy_lr"])
    b_opt = torch.optim.Adam(baseline.parameters(), lr=cfg["baseline_lr"])
    stats = RunStats()
    for it in range(iterations):
        policy.train()
        bells = random_bells(batch, cfg["n_partials"])
        actions, logps, ents = policy.rollout(bells, cfg["n_cuts"])
        rewards = reward_fn(bells, actions)
        returns = discounted(rewards, cfg["gamma"])
        b_loss, values = baseline_update(baseline, b_opt, bells, returns)
        adv = returns - values
        if cfg["reward_norm"]:
            adv = normalise(adv)
        pg, ent = policy_update(policy, p_opt, logps, ents, adv, cfg)
        stats.iteration = it
        stats.rewards.append(rewards.mean().item())
        stats.baseline_losses.append(b_loss)
        log.info("it %d reward %.3f pg %.3f ent %.3f ev %.3f cuts %s", it, rewards.mean().item(), pg, ent,
                 explained_variance(values, returns), [round(c, 2) for c in cut_histogram(actions)])
        if (it + 1) % cfg["eval_every"] == 0:
            stats.greedy.append(greedy_eval(policy, cfg))
    return policy, baseline, stats


# ----------------------------------------------------------------------------------------------------------------
# reporting and sanity checks
# ----------------------------------------------------------------------------------------------------------------
PARTIAL_NAMES = ["hum", "prime", "tierce", "quint", "nominal"]


def describe_bell(partials):
    """Human-readable deviation of each partial from its target, in cents."""
    target = TARGET_RATIOS[: partials.numel()]
    cents = 1200 * torch.log2(partials / target)
    return {name: round(c, 1) for name, c in zip(PARTIAL_NAMES, cents.tolist())}


def format_schedule(actions):
    symbols = {0: ".", 1: "l", 2: "D"}
    return ["".join(symbols[a] for a in row) for row in actions.tolist()]


def simulator_sanity_checks(n_partials):
    bells = random_bells(3, n_partials)
    no_cuts = torch.zeros(3, n_partials, dtype=torch.long)
    assert torch.allclose(apply_cuts(bells, no_cuts), bells), "no-cut schedule must leave the bell unchanged"
    deep = torch.full((3, n_partials), 2, dtype=torch.long)
    assert (apply_cuts(bells, deep) < bells).all(), "deep cuts must lower every partial"
    assert reward_fn(bells, no_cuts).abs().max().item() < 1e-5
    return True


def moving_average(values, k=3):
    out = []
    for i in range(len(values)):
        window = values[max(0, i - k + 1): i + 1]
        out.append(sum(window) / len(window))
    return out


def report(stats, policy, cfg):
    log.info("reward curve (ma3): %s", [round(v, 3) for v in moving_average(stats.rewards)])
    log.info("baseline loss curve: %s", [round(v, 3) for v in stats.baseline_losses])
    with torch.no_grad():
        bells = random_bells(2, cfg["n_partials"])
        actions, _, _ = policy.rollout(bells, cfg["n_cuts"], greedy=True)
        for bell, sched, tuned in zip(bells, format_schedule(actions), apply_cuts(bells, actions)):
            log.info("bell %s -> %s -> %s", describe_bell(bell), sched, describe_bell(tuned))


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="REINFORCE bell tuning")
    p.add_argument("--iterations", type=int, default=3)
    p.add_argument("--batch", type=int, default=4)
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--entropy-coef", type=float, default=CONFIG["entropy_coef"])
    p.add_argument("--seed", type=int, default=21)
    p.add_argument("--save-stats", action="store_true", default=True)
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    set_seed(args.seed)
    cfg = dict(CONFIG, hidden=args.hidden, entropy_coef=args.entropy_coef)
    log.info("config %s", cfg)
    simulator_sanity_checks(cfg["n_partials"])
    policy, baseline, stats = train(cfg, args.iterations, args.batch)
    log.info("summary %s", stats.summary())
    report(stats, policy, cfg)
    if args.save_stats:
        fd, path = tempfile.mkstemp(suffix=".json")
        os.close(fd)
        try:
            save_stats(stats, path)
            log.info("stats written (%d bytes)", os.path.getsize(path))
        finally:
            os.remove(path)
    greedy = greedy_eval(policy, cfg)
    log.info("final greedy reward %.3f (%.1f cents)", greedy, math.fabs(greedy))


if __name__ == "__main__":
    main()
