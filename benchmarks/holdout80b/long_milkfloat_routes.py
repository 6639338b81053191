# expect: clean
"""Milk-float delivery ordering with REINFORCE and a learned baseline.

Research script.  A recurrent decoder picks the next doorstep to visit from a
small set of houses (x, y, crates); the reward is minus the route length plus a
penalty for late crates.  A separate baseline network predicts the expected
reward of a street from its layout; the policy is trained with the advantage.
Greedy evaluation rollouts are interleaved with training to track the gap to a
nearest-neighbour heuristic.

Usage:
    python long_milkfloat_routes.py --iters 6 --eval-every 2
"""
import argparse
import logging
import math
import statistics
import time
from collections import deque

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("milkfloat")

CFG = dict(
    n_houses=6,
    batch=4,
    hidden=12,
    lr_policy=3e-3,
    lr_baseline=1e-2,
    late_penalty=0.2,
    entropy_coef=0.01,
    iters=6,
    eval_every=2,
    eval_batch=4,
    grad_clip=1.0,
    seed=21,
    ma_window=5,
)


# ---------------------------------------------------------------------------
# environment
# ---------------------------------------------------------------------------

def sample_streets(batch, n):
    xy = torch.rand(batch, n, 2)
    crates = torch.randint(1, 4, (batch, n, 1)).float() / 3.0
    return torch.cat([xy, crates], dim=-1)


def route_length(streets, order):
    xy = streets[..., :2]
    idx = order.unsqueeze(-1).expand(-1, -1, 2)
    path = xy.gather(1, idx)
    depot = torch.zeros_like(path[:, :1])
    full = torch.cat([depot, path, depot], dim=1)
    return (full[:, 1:] - full[:, :-1]).norm(dim=-1).sum(1)


def lateness(streets, order, penalty):
    crates = streets[..., 2].gather(1, order)
    pos = torch.arange(order.shape[1], dtype=torch.float).expand_as(crates)
    return penalty * (crates * pos).sum(1) / order.shape[1]


def reward_fn(streets, order, penalty):
    return -(route_length(streets, order) + lateness(streets, order, penalty))


def nearest_neighbour(streets):
    b, n, _ = streets.shape
    xy = streets[..., :2]
    visited = torch.zeros(b, n, dtype=torch.bool)
    cur = torch.zeros(b, 2)
    order = []
    for _ in range(n):
        d = (xy - cur[:, None]).norm(dim=-1).masked_fill(visited, float("inf"))
        nxt = d.argmin(1)
        order.append(nxt)
        visited[torch.arange(b), nxt] = True
        cur = xy[torch.arange(b), nxt]
    return torch.stack(order, 1)


def two_opt(streets, order, penalty, max_rounds=2):
    """Cheap local search on top of a route, one street at a time."""
    best = order.clone()
    for bi in range(order.shape[0]):
        cur = best[bi:bi + 1].clone()
        cur_r = reward_fn(streets[bi:bi + 1], cur, penalty).item()
        for _ in range(max_rounds):
            improved = False
            n = cur.shape[1]
            for i in range(n - 1):
                for j in range(i + 1, n):
                    cand = cur.clone()
                    cand[0, i:j + 1] = cur[0, i:j + 1].flip(0)
                    r = reward_fn(streets[bi:bi + 1], cand, penalty).item()
                    if r > cur_r + 1e-6:
                        cur, cur_r, improved = cand, r, True
            if not improved:
                break
        best[bi] = cur[0]
    return best


def is_permutation(order):
    srt = order.sort(dim=1).values
    return bool((srt == torch.arange(order.shape[1])).all())


# ---------------------------------------------------------------------------
# networks
# ---------------------------------------------------------------------------

class Encoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lin = nn.Linear(3, hidden)
        self.mix = nn.Linear(hidden, hidden)

    def forward(self, streets):
        e = torch.relu(self.lin(streets))
        return e + torch.tanh(self.mix(e.mean(1, keepdim=True)))


class RouteDecoder(nn.Module):
    """Step-wise decoder; a cell so that the choice can feed back each step."""

    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.GRUCell(hidden, hidden)
        self.q = nn.Linear(hidden, hidden)
        self.start = nn.Parameter(torch.zeros(hidden))

    def forward(self, enc, greedy=False):
        b, n, h = enc.shape
        mask = torch.zeros(b, n, dtype=torch.bool)
        state = enc.mean(1)
        inp = self.start.expand(b, h)
        logps, ents, order = [], [], []
        for _ in range(n):
            state = self.cell(inp, state)
            scores = torch.einsum("bh,bnh->bn", self.q(state), enc) / math.sqrt(h)
            scores = scores.masked_fill(mask, -1e9)
            dist = torch.distributions.Categorical(logits=scores)
            choice = scores.argmax(-1) if greedy else dist.sample()
            logps.append(dist.log_prob(choice))
            ents.append(dist.entropy())
            order.append(choice)
            mask = mask.clone()
            mask[torch.arange(b), choice] = True
            inp = enc[torch.arange(b), choice]
        return torch.stack(order, 1), torch.stack(logps, 1).sum(1), torch.stack(ents, 1).mean(1)


class Policy(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.encoder = Encoder(hidden)
        self.decoder = RouteDecoder(hidden)
        self.dropout = nn.Dropout(0.1)

    def forward(self, streets, greedy=False):
        enc = self.dropout(self.encoder(streets))
        return self.decoder(enc, greedy=greedy)


class Baseline(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(3, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, streets):
        return self.net(streets).mean(1).squeeze(-1)


# ---------------------------------------------------------------------------
# bookkeeping
# ---------------------------------------------------------------------------

class MovingAverage:
    def __init__(self, window):
        self.buf = deque(maxlen=window)

    def add(self, v):
        self.buf.append(v)

    @property
    def value(self):
        return statistics.fmean(self.buf) if self.buf else float("nan")


def grad_norm(params):
    tot = 0.0
    for p in params:
        if p.grad is not None:
            tot += p.grad.pow(2).sum().item()
    return math.sqrt(tot)


def describe(model):
    n = sum(p.numel() for p in model.parameters())
    return f"{model.__class__.__name__}({n} params)"


# ---------------------------------------------------------------------------
# training pieces
# ---------------------------------------------------------------------------

def reinforce_step(policy, baseline, opt_p, opt_b, cfg):
    streets = sample_streets(cfg["batch"], cfg["n_houses"])
    order, logp, ent = policy(streets)
    r = reward_fn(streets, order, cfg["late_penalty"])
    b = baseline(streets)
    adv = (r - b).detach()

    opt_p.zero_grad()
    p_loss = -(adv * logp).mean() - cfg["entropy_coef"] * ent.mean()
    p_loss.backward()
    gn = grad_norm(policy.parameters())
    nn.utils.clip_grad_norm_(policy.parameters(), cfg["grad_clip"])
    opt_p.step()

    opt_b.zero_grad()
    b_loss = F.mse_loss(b, r.detach())
    b_loss.backward()
    opt_b.step()
    return {"reward": r.mean().item(), "p_loss": p_loss.item(), "b_loss": b_loss.item(), "gn": gn}


def results_table(rows):
    lines = ["| method | mean reward |", "|---|---|"]
    lines += ["| %s | %.3f |" % (name, val) for name, val in rows]
    return "\n".join(lines)


def compare_methods(policy, cfg):
    streets = sample_streets(cfg["eval_batch"], cfg["n_houses"])
    with torch.no_grad():
        order, _, _ = policy(streets, greedy=True)
    assert is_permutation(order)
    nn_order = nearest_neighbour(streets)
    rows = [
        ("policy (greedy)", reward_fn(streets, order, cfg["late_penalty"]).mean().item()),
        ("policy + 2-opt", reward_fn(streets, two_opt(streets, order, cfg["late_penalty"]),
                                     cfg["late_penalty"]).mean().item()),
        ("nearest neighbour", reward_fn(streets, nn_order, cfg["late_penalty"]).mean().item()),
    ]
    return results_table(rows)


def greedy_eval(policy, cfg):
    policy.eval()
    streets = sample_streets(cfg["eval_batch"], cfg["n_houses"])
    with torch.no_grad():
        order, _, _ = policy(streets, greedy=True)
    r_pol = reward_fn(streets, order, cfg["late_penalty"]).mean().item()
    r_nn = reward_fn(streets, nearest_neighbour(streets), cfg["late_penalty"]).mean().item()
    return r_pol, r_nn


def train(cfg):
    policy, baseline = Policy(cfg["hidden"]), Baseline(cfg["hidden"])
    log.info("%s, %s", describe(policy), describe(baseline))
    opt_p = torch.optim.Adam(policy.parameters(), lr=cfg["lr_policy"])
    opt_b = torch.optim.Adam(baseline.parameters(), lr=cfg["lr_baseline"])
    ma = MovingAverage(cfg["ma_window"])
    policy.train()
    t0 = time.perf_counter()
    gaps = []
    for it in range(cfg["iters"]):
        stats = reinforce_step(policy, baseline, opt_p, opt_b, cfg)
        ma.add(stats["reward"])
        log.info("it %d reward %.3f (ma %.3f) p_loss %.3f b_loss %.3f |g| %.2f", it, stats["reward"], ma.value,
                 stats["p_loss"], stats["b_loss"], stats["gn"])
        if (it + 1) % cfg["eval_every"] == 0:
            r_pol, r_nn = greedy_eval(policy, cfg)
            gaps.append(r_pol - r_nn)
            log.info("  greedy %.3f vs nearest-neighbour %.3f (gap %.3f)", r_pol, r_nn, gaps[-1])
    log.info("trained in %.2fs", time.perf_counter() - t0)
    return policy, gaps


def parse(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--iters", type=int, default=CFG["iters"])
    ap.add_argument("--eval-every", type=int, default=CFG["eval_every"])
    ap.add_argument("--houses", type=int, default=CFG["n_houses"])
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(message)s")
    cfg = dict(CFG, iters=args.iters, eval_every=args.eval_every, n_houses=args.houses)
    torch.manual_seed(cfg["seed"])
    policy, gaps = train(cfg)
    if gaps:
        print("final gap to nearest-neighbour: %.3f" % gaps[-1])
    r_pol, r_nn = greedy_eval(policy, cfg)
    print("held-out greedy %.3f, heuristic %.3f" % (r_pol, r_nn))
    print(compare_methods(policy, cfg))


if __name__ == "__main__":
    main()
