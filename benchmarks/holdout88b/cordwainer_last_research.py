# expect: clean
"""Cordwainer's stitching planner: REINFORCE with a learned baseline.

A GRU policy writes a sequence of stitch operations for a shoe upper (welt, lock, back,
skip, knot). A hand-written scorer stands in for the master cordwainer's judgement. A
separate GRU baseline predicts the score from the sequence so far and is subtracted from
the return to reduce variance.

The greedy policy is evaluated every few iterations; the evaluation line is logged
right after the rollout so it reflects the policy that produced the batch.

    python cordwainer_last_research.py --iterations 4 --batch 6
"""
import argparse
import io
import logging
import math
import random
import statistics
import time
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("cordwainer")

OPS = ["<bos>", "welt", "lock", "back", "skip", "knot"]
BOS = 0

CONFIG = {
    "seed": 37,
    "seq_len": 7,
    "policy": {"emb": 6, "hidden": 12},
    "baseline": {"emb": 6, "hidden": 8},
    "optim": {"policy_lr": 1e-2, "baseline_lr": 2e-2, "clip": 2.0},
    "train": {"iterations": 4, "batch": 6, "entropy_coef": 0.01, "eval_every": 2, "gamma": 1.0},
}


# ----------------------------------------------------------------------------- scoring
def score_sequence(ops):
    """Reward: welts early, no two skips in a row, a knot at the end, variety helps."""
    names = [OPS[i] for i in ops]
    r = 0.0
    r += sum(1.0 for i, n in enumerate(names[:3]) if n == "welt") * 0.5
    r -= sum(1.0 for a, b in zip(names, names[1:]) if a == b == "skip")
    r += 1.5 if names[-1] == "knot" else -0.5
    r += 0.2 * len(set(names))
    return r


def discounted_returns(rewards, gamma):
    out, running = [], 0.0
    for r in reversed(rewards):
        running = r + gamma * running
        out.append(running)
    return list(reversed(out))


# ----------------------------------------------------------------------------- models
class StitchPolicy(nn.Module):
    def __init__(self, n_ops, emb, hidden):
        super().__init__()
        self.emb = nn.Embedding(n_ops, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, n_ops - 1)  # never emit <bos>

    def step(self, prev_tok, h):
        o, h = self.gru(self.emb(prev_tok).unsqueeze(1), h)
        return self.logits(o.squeeze(1)), h


class StitchBaseline(nn.Module):
    def __init__(self, n_ops, emb, hidden):
        super().__init__()
        self.emb = nn.Embedding(n_ops, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, prefix_tokens):
        o, _ = self.gru(self.emb(prefix_tokens))
        return self.v(o).squeeze(-1)


# ----------------------------------------------------------------------------- rollouts
@dataclass
class Batch:
    tokens: torch.Tensor
    log_probs: torch.Tensor
    entropies: torch.Tensor
    rewards: list = field(default_factory=list)


def collect_batch(policy, batch_size, seq_len):
    policy.train()
    tok = torch.full((batch_size,), BOS, dtype=torch.long)
    h = None
    toks, lps, ents = [], [], []
    for _ in range(seq_len):
        logits, h = policy.step(tok, h)
        dist = torch.distributions.Categorical(logits=logits)
        a = dist.sample()
        lps.append(dist.log_prob(a))
        ents.append(dist.entropy())
        tok = a + 1
        toks.append(tok)
    tokens = torch.stack(toks, 1)
    rewards = [score_sequence(row.tolist()) for row in tokens]
    return Batch(tokens, torch.stack(lps, 1), torch.stack(ents, 1), rewards)


def greedy_decode(policy, n, seq_len):
    policy.eval()
    tok = torch.full((n,), BOS, dtype=torch.long)
    h, toks = None, []
    with torch.no_grad():
        for _ in range(seq_len):
            logits, h = policy.step(tok, h)
            tok = logits.argmax(-1) + 1
            toks.append(tok)
    return torch.stack(toks, 1)


def evaluate_policy(policy, seq_len, n=3):
    seqs = greedy_decode(policy, n, seq_len)
    scores = [score_sequence(s.tolist()) for s in seqs]
    return statistics.mean(scores), [" ".join(OPS[i] for i in s.tolist()) for s in seqs[:1]]


# ----------------------------------------------------------------------------- losses
def baseline_inputs(tokens):
    bos = torch.full((tokens.size(0), 1), BOS, dtype=torch.long)
    return torch.cat([bos, tokens[:, :-1]], dim=1)


def per_step_returns(batch, seq_len, gamma):
    # reward arrives at the end of the sequence
    rows = []
    for r in batch.rewards:
        rewards = [0.0] * (seq_len - 1) + [r]
        rows.append(discounted_returns(rewards, gamma))
    return torch.tensor(rows)


def explained_variance(pred, target):
    var_t = target.var().item()
    if var_t < 1e-8:
        return float("nan")
    return 1.0 - (target - pred).var().item() / var_t


def policy_loss(batch, advantages, entropy_coef):
    pg = -(batch.log_probs * advantages).sum(1).mean()
    ent = batch.entropies.mean()
    return pg - entropy_coef * ent, ent.item()


# ----------------------------------------------------------------------------- tracking
class RewardTracker:
    """Exponential moving average of the batch reward plus the best value seen."""

    def __init__(self, decay=0.8):
        self.decay = decay
        self.ema = None
        self.best = -float("inf")
        self.best_it = None

    def update(self, it, value):
        self.ema = value if self.ema is None else self.decay * self.ema + (1 - self.decay) * value
        if value > self.best:
            self.best, self.best_it = value, it
        return self.ema


def snapshot(module):
    buf = io.BytesIO()
    torch.save(module.state_dict(), buf)
    return buf.getvalue()


def restore(module, blob):
    module.load_state_dict(torch.load(io.BytesIO(blob)))
    return module


def format_table(history, keys=("it", "mean_reward", "policy_loss", "baseline_loss", "entropy")):
    header = " | ".join(f"{k:>13}" for k in keys)
    lines = [header, "-" * len(header)]
    for row in history:
        cells = []
        for k in keys:
            v = row.get(k)
            cells.append(f"{v:>13.4f}" if isinstance(v, float) else f"{v!s:>13}")
        lines.append(" | ".join(cells))
    return "\n".join(lines)


# ----------------------------------------------------------------------------- training
class Trainer:
    def __init__(self, cfg):
        self.cfg = cfg
        p, b, o = cfg["policy"], cfg["baseline"], cfg["optim"]
        self.policy = StitchPolicy(len(OPS), p["emb"], p["hidden"])
        self.baseline = StitchBaseline(len(OPS), b["emb"], b["hidden"])
        self.p_opt = torch.optim.Adam(self.policy.parameters(), lr=o["policy_lr"])
        self.b_opt = torch.optim.Adam(self.baseline.parameters(), lr=o["baseline_lr"])
        self.history = []
        self.tracker = RewardTracker()
        self.best_blob = None

    def predict_baseline(self, tokens):
        self.baseline.eval()
        with torch.no_grad():
            return self.baseline(baseline_inputs(tokens))

    def update_baseline(self, tokens, returns):
        self.baseline.train()
        self.b_opt.zero_grad()
        v = self.baseline(baseline_inputs(tokens))
        loss = F.mse_loss(v, returns)
        loss.backward()
        self.b_opt.step()
        return loss.item()

    def update_policy(self, batch, advantages):
        t = self.cfg["train"]
        self.p_opt.zero_grad()
        loss, ent = policy_loss(batch, advantages, t["entropy_coef"])
        loss.backward()
        nn.utils.clip_grad_norm_(self.policy.parameters(), self.cfg["optim"]["clip"])
        self.p_opt.step()
        return loss.item(), ent

    def iteration(self, it):
        t = self.cfg["train"]
        seq_len = self.cfg["seq_len"]
        t0 = time.time()
        batch = collect_batch(self.policy, t["batch"], seq_len)
        record = {"it": it, "mean_reward": statistics.mean(batch.rewards)}
        if it % t["eval_every"] == 0:
            greedy_score, example = evaluate_policy(self.policy, seq_len)
            record["greedy"] = greedy_score
            LOG.info("it %d greedy %.3f e.g. %s", it, greedy_score, example[0])
        returns = per_step_returns(batch, seq_len, t["gamma"])
        values = self.predict_baseline(batch.tokens)
        advantages = returns - values
        advantages = (advantages - advantages.mean()) / (advantages.std() + 1e-6)
        record["policy_loss"], record["entropy"] = self.update_policy(batch, advantages)
        record["baseline_loss"] = self.update_baseline(batch.tokens, returns)
        record["explained_var"] = explained_variance(values, returns)
        record["secs"] = time.time() - t0
        record["ema_reward"] = self.tracker.update(it, record["mean_reward"])
        if self.tracker.best_it == it:
            self.best_blob = snapshot(self.policy)
        self.history.append(record)
        LOG.info("it %d reward %.3f pl %.3f bl %.3f ent %.3f ev %s", it, record["mean_reward"],
                 record["policy_loss"], record["baseline_loss"], record["entropy"],
                 "nan" if math.isnan(record["explained_var"]) else f"{record['explained_var']:.3f}")
        return record

    def run(self):
        for it in range(self.cfg["train"]["iterations"]):
            self.iteration(it)
        return self.history


# ----------------------------------------------------------------------------- cli
def parse_args(argv=None):
    ap = argparse.ArgumentParser(description="REINFORCE stitch planner")
    ap.add_argument("--iterations", type=int, default=CONFIG["train"]["iterations"])
    ap.add_argument("--batch", type=int, default=CONFIG["train"]["batch"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def build_config(args):
    cfg = {k: (dict(v) if isinstance(v, dict) else v) for k, v in CONFIG.items()}
    cfg["train"]["iterations"] = args.iterations
    cfg["train"]["batch"] = args.batch
    cfg["seed"] = args.seed
    return cfg


def summarise(history):
    rewards = [r["mean_reward"] for r in history]
    greedy = [r["greedy"] for r in history if "greedy" in r]
    return {
        "first_reward": round(rewards[0], 3),
        "last_reward": round(rewards[-1], 3),
        "best_greedy": round(max(greedy), 3) if greedy else None,
        "mean_secs": round(statistics.mean(r["secs"] for r in history), 4),
    }


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    cfg = build_config(args)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    trainer = Trainer(cfg)
    history = trainer.run()
    LOG.info("summary %s", summarise(history))
    LOG.info("history\n%s", format_table(history))
    if trainer.best_blob is not None:
        restore(trainer.policy, trainer.best_blob)
        LOG.info("restored policy from iteration %s", trainer.tracker.best_it)
    final_score, example = evaluate_policy(trainer.policy, cfg["seq_len"])
    print("final greedy", round(final_score, 3), example[0])


if __name__ == "__main__":
    main([])
