# expect: crash
"""Emergent communication in a two-agent referential game.

A speaker sees the target object (a small attribute vector) and emits a short
discrete message with a GRU; a listener reads the message with its own GRU and
must pick the target among distractors. Both agents are trained with REINFORCE
(moving-average baseline, entropy bonus); the listener also gets a supervised
cross-entropy term on its choice.

Usage:
    python long_multiagent_comm.py --episodes 3 --vocab 6 --msg-len 3
"""
import argparse
import collections
import contextlib
import json
import logging
import math
import random
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical

LOG = logging.getLogger("comm")

CONFIG = {
    "seed": 3,
    "n_attrs": 4,
    "n_values": 3,
    "n_distractors": 2,
    "vocab": 6,
    "msg_len": 3,
    "hidden": 8,
    "emb": 6,
    "batch": 4,
    "episodes": 3,
    "lr": 1e-3,
    "entropy_coef": 0.01,
    "baseline_momentum": 0.9,
    "listener_ce": 0.5,
    "grad_clip": 1.0,
    "log_every": 1,
}


# ----------------------------------------------------------------------------- environment
class ReferentialGame:
    """Objects are n_attrs categorical attributes, one-hot encoded and concatenated."""

    def __init__(self, cfg, rng):
        self.cfg = cfg
        self.rng = rng
        self.obj_dim = cfg["n_attrs"] * cfg["n_values"]

    def random_object(self):
        return [self.rng.randrange(self.cfg["n_values"]) for _ in range(self.cfg["n_attrs"])]

    def encode(self, obj):
        v = torch.zeros(self.obj_dim)
        for i, a in enumerate(obj):
            v[i * self.cfg["n_values"] + a] = 1.0
        return v

    def sample_round(self, batch):
        targets, candidates, labels = [], [], []
        k = self.cfg["n_distractors"] + 1
        for _ in range(batch):
            objs = [self.random_object() for _ in range(k)]
            pos = self.rng.randrange(k)
            targets.append(self.encode(objs[pos]))
            candidates.append(torch.stack([self.encode(o) for o in objs]))
            labels.append(pos)
        return torch.stack(targets), torch.stack(candidates), torch.tensor(labels)


# ----------------------------------------------------------------------------- agents
class Speaker(nn.Module):
    def __init__(self, obj_dim, cfg):
        super().__init__()
        self.vocab, self.msg_len = cfg["vocab"], cfg["msg_len"]
        self.obj_to_h = nn.Linear(obj_dim, cfg["hidden"])
        self.sym_emb = nn.Embedding(cfg["vocab"] + 1, cfg["emb"])  # +1: start symbol
        self.gru = nn.GRU(cfg["emb"], cfg["hidden"], batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.to_vocab = nn.Linear(cfg["hidden"], cfg["vocab"])

    def forward(self, target, greedy=False):
        b = target.shape[0]
        h = torch.tanh(self.obj_to_h(target)).unsqueeze(0)
        sym = torch.full((b, 1), self.vocab, dtype=torch.long)
        msg, logps, ents = [], [], []
        for _ in range(self.msg_len):
            o, h = self.gru(self.sym_emb(sym), h)
            dist = Categorical(logits=self.to_vocab(self.drop(o[:, -1])))
            s = dist.probs.argmax(-1) if greedy else dist.sample()
            msg.append(s)
            logps.append(dist.log_prob(s))
            ents.append(dist.entropy())
            sym = s.unsqueeze(1)
        return torch.stack(msg, 1), torch.stack(logps, 1).sum(1), torch.stack(ents, 1).mean(1)


class Listener(nn.Module):
    def __init__(self, obj_dim, cfg):
        super().__init__()
        self.sym_emb = nn.Embedding(cfg["vocab"], cfg["emb"])
        self.gru = nn.GRU(cfg["emb"], cfg["hidden"], batch_first=True)
        self.obj_enc = nn.Linear(obj_dim, cfg["hidden"])

    def forward(self, msg, candidates, greedy=False):
        _, h = self.gru(self.sym_emb(msg))
        scores = torch.bmm(self.obj_enc(candidates), h[-1].unsqueeze(-1)).squeeze(-1)
        dist = Categorical(logits=scores)
        choice = dist.probs.argmax(-1) if greedy else dist.sample()
        return choice, dist.log_prob(choice), dist.entropy(), scores


# ----------------------------------------------------------------------------- rollout
Transition = collections.namedtuple("Transition", "msg choice reward s_logp s_ent l_logp l_ent scores labels")


@contextlib.contextmanager
def acting(*agents):
    """Agents act without dropout noise; the previous modes are restored afterwards."""
    modes = [a.training for a in agents]
    for a in agents:
        a.eval()
    try:
        yield
    finally:
        for a, m in zip(agents, modes):
            a.train(m)


def play_round(game, speaker, listener, batch, greedy=False):
    target, candidates, labels = game.sample_round(batch)
    with acting(speaker, listener):
        msg, s_logp, s_ent = speaker(target, greedy)
        choice, l_logp, l_ent, scores = listener(msg, candidates, greedy)
    reward = (choice == labels).float()
    return Transition(msg, choice, reward, s_logp, s_ent, l_logp, l_ent, scores, labels)


# ----------------------------------------------------------------------------- learning
class MovingBaseline:
    def __init__(self, momentum):
        self.m, self.value, self.n = momentum, 0.0, 0

    def update(self, r):
        self.n += 1
        self.value = r if self.n == 1 else self.m * self.value + (1 - self.m) * r
        return self.value


def reinforce_loss(tr, baseline, cfg):
    adv = tr.reward - baseline
    s_loss = -(adv * tr.s_logp).mean() - cfg["entropy_coef"] * tr.s_ent.mean()
    l_loss = -(adv * tr.l_logp).mean() - cfg["entropy_coef"] * tr.l_ent.mean()
    ce = F.cross_entropy(tr.scores, tr.labels)
    return s_loss + l_loss + cfg["listener_ce"] * ce, {"speaker": s_loss.item(), "listener": l_loss.item(), "ce": ce.item()}


def update(agents, opt, loss, cfg):
    opt.zero_grad()
    loss.backward()  # TM001-here
    nn.utils.clip_grad_norm_([p for a in agents for p in a.parameters()], cfg["grad_clip"])
    opt.step()


# ----------------------------------------------------------------------------- metrics
def message_entropy(msgs):
    counts = collections.Counter(tuple(m) for m in msgs)
    n = sum(counts.values())
    return -sum(c / n * math.log(c / n) for c in counts.values())


def topographic_similarity(objs, msgs):
    """Spearman-free proxy: Pearson correlation of pairwise Hamming distances."""
    d_obj, d_msg = [], []
    for i in range(len(objs)):
        for j in range(i + 1, len(objs)):
            d_obj.append(float((objs[i] != objs[j]).sum()))
            d_msg.append(float(sum(a != b for a, b in zip(msgs[i], msgs[j]))))
    if len(d_obj) < 2 or statistics.pstdev(d_obj) == 0 or statistics.pstdev(d_msg) == 0:
        return 0.0
    mo, mm = statistics.mean(d_obj), statistics.mean(d_msg)
    cov = sum((a - mo) * (b - mm) for a, b in zip(d_obj, d_msg)) / len(d_obj)
    return cov / (statistics.pstdev(d_obj) * statistics.pstdev(d_msg))


def vocab_usage(msgs, vocab):
    counts = collections.Counter(s for m in msgs for s in m)
    total = max(sum(counts.values()), 1)
    return [round(counts.get(v, 0) / total, 3) for v in range(vocab)]


@torch.no_grad()
def lexicon(game, speaker, n_values, attr=0):
    """Most frequent first symbol used for each value of one attribute."""
    table = {}
    for v in range(n_values):
        objs = []
        for _ in range(4):
            o = game.random_object()
            o[attr] = v
            objs.append(game.encode(o))
        with acting(speaker):
            m, _, _ = speaker(torch.stack(objs), greedy=True)
        table[v] = collections.Counter(m[:, 0].tolist()).most_common(1)[0][0]
    return table


def distractor_curriculum(ep, cfg, start=1):
    """Grow the number of distractors linearly over the first half of training."""
    half = max(cfg["episodes"] // 2, 1)
    return min(cfg["n_distractors"], start + (cfg["n_distractors"] - start) * ep // half)


def summarise_history(history):
    rewards = [h["reward"] for h in history]
    k = max(len(rewards) // 3, 1)
    return {
        "first_third": sum(rewards[:k]) / k,
        "last_third": sum(rewards[-k:]) / k,
        "best": max(rewards),
    }


@torch.no_grad()
def evaluate(game, speaker, listener, n_rounds, batch):
    accs, msgs, objs = [], [], []
    for _ in range(n_rounds):
        tr = play_round(game, speaker, listener, batch, greedy=True)
        accs.append(tr.reward.mean().item())
        msgs += tr.msg.tolist()
    target, _, _ = game.sample_round(batch)
    with acting(speaker, listener):
        m, _, _ = speaker(target, greedy=True)
    objs = [t for t in target]
    return {
        "acc": sum(accs) / len(accs),
        "msg_entropy": message_entropy(msgs),
        "topsim": topographic_similarity(objs, m.tolist()),
    }


# ----------------------------------------------------------------------------- main
def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=CONFIG["episodes"])
    ap.add_argument("--vocab", type=int, default=CONFIG["vocab"])
    ap.add_argument("--msg-len", type=int, default=CONFIG["msg_len"])
    ap.add_argument("--lr", type=float, default=CONFIG["lr"])
    ap.add_argument("--json-log", action="store_true", help="print metrics as JSON lines")
    return ap.parse_args()


def train(cfg, json_log=False):
    torch.manual_seed(cfg["seed"])
    rng = random.Random(cfg["seed"])
    game = ReferentialGame(cfg, rng)
    speaker, listener = Speaker(game.obj_dim, cfg), Listener(game.obj_dim, cfg)
    agents = (speaker, listener)
    opt = torch.optim.Adam([p for a in agents for p in a.parameters()], lr=cfg["lr"])
    baseline = MovingBaseline(cfg["baseline_momentum"])
    for a in agents:
        a.train()
    history = []
    full_distractors = cfg["n_distractors"]
    for ep in range(cfg["episodes"]):
        t0 = time.time()
        game.cfg = dict(cfg, n_distractors=distractor_curriculum(ep, dict(cfg, n_distractors=full_distractors)))
        tr = play_round(game, speaker, listener, cfg["batch"])
        b = baseline.update(tr.reward.mean().item())
        loss, parts = reinforce_loss(tr, b, cfg)
        update(agents, opt, loss, cfg)
        rec = dict(episode=ep, reward=tr.reward.mean().item(), baseline=b, dt=time.time() - t0, **parts)
        history.append(rec)
        if ep % cfg["log_every"] == 0:
            if json_log:
                print(json.dumps(rec))
            else:
                LOG.info("ep %d reward %.2f baseline %.2f loss parts %s", ep, rec["reward"], b,
                         {k: round(v, 3) for k, v in parts.items()})
    game.cfg = cfg
    metrics = evaluate(game, speaker, listener, n_rounds=2, batch=cfg["batch"])
    LOG.info("eval: %s", {k: round(v, 3) for k, v in metrics.items()})
    LOG.info("history: %s", summarise_history(history))
    LOG.info("lexicon for attribute 0: %s", lexicon(game, speaker, cfg["n_values"]))
    return history, metrics


def main():
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    cfg = dict(CONFIG, episodes=args.episodes, vocab=args.vocab, msg_len=args.msg_len, lr=args.lr)
    train(cfg, json_log=args.json_log)


if __name__ == "__main__":
    main()
