# expect: clean
"""
Pointer-generator summarisation with coverage (See et al. style), tiny synthetic
data. Two phases: (1) NLL training, (2) a short coverage fine-tuning phase.
Following the paper's recipe, the coverage phase runs without dropout, so the
model is switched to eval mode; for reproducibility the whole coverage step runs
under `torch.backends.cudnn.flags(enabled=False)` when `deterministic` is set.

    python long_pointer_generator_coverage.py --nll_steps 3 --cov_steps 2
"""
import argparse
import contextlib
import json
import logging
import math
import os
import random
import tempfile
import time
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("pgen")

CONFIG = {
    "vocab_size": 24,
    "emb_dim": 8,
    "hidden_dim": 8,
    "max_enc_steps": 10,
    "max_dec_steps": 5,
    "batch_size": 3,
    "lr": 0.15,
    "adagrad_init_acc": 0.1,
    "max_grad_norm": 2.0,
    "cov_loss_wt": 1.0,
    "dropout": 0.2,
    "deterministic": True,
    "nll_steps": 3,
    "cov_steps": 2,
    "log_every": 1,
}

START, STOP, PAD, UNK = 0, 1, 2, 3


# ----------------------------------------------------------------------------- data
def make_example(rng, cfg, n_oov=2):
    """Article ids may include temporary OOV ids >= vocab_size (extended vocab)."""
    V = cfg["vocab_size"]
    art = [rng.randrange(4, V + n_oov) for _ in range(rng.randint(6, cfg["max_enc_steps"]))]
    abs_ = [art[i] for i in sorted(rng.sample(range(len(art)), min(3, len(art))))]
    return {"article": art, "abstract": abs_}


def to_vocab(ids, V):
    return [i if i < V else UNK for i in ids]


class Batcher:
    def __init__(self, examples, cfg):
        self.examples, self.cfg = examples, cfg

    def batches(self, shuffle=True):
        ex = list(self.examples)
        if shuffle:
            random.shuffle(ex)
        bs = self.cfg["batch_size"]
        for i in range(0, len(ex) - bs + 1, bs):
            yield self.collate(ex[i:i + bs])

    def collate(self, exs):
        V, T = self.cfg["vocab_size"], self.cfg["max_dec_steps"]
        L = max(len(e["article"]) for e in exs)
        enc = torch.full((len(exs), L), PAD, dtype=torch.long)
        enc_ext = torch.full((len(exs), L), PAD, dtype=torch.long)
        dec_in = torch.full((len(exs), T), PAD, dtype=torch.long)
        target = torch.full((len(exs), T), PAD, dtype=torch.long)
        for i, e in enumerate(exs):
            enc[i, :len(e["article"])] = torch.tensor(to_vocab(e["article"], V))
            enc_ext[i, :len(e["article"])] = torch.tensor(e["article"])
            seq = [START] + to_vocab(e["abstract"], V)
            tgt = e["abstract"] + [STOP]
            dec_in[i, :min(T, len(seq))] = torch.tensor(seq[:T])
            target[i, :min(T, len(tgt))] = torch.tensor(tgt[:T])
        max_oov = int(max(0, enc_ext.max().item() - V + 1))
        return {"enc": enc, "enc_ext": enc_ext, "enc_mask": (enc != PAD).float(), "dec_in": dec_in,
                "target": target, "dec_mask": (target != PAD).float(), "max_oov": max_oov}


# ----------------------------------------------------------------------------- model
class Encoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg["emb_dim"], cfg["hidden_dim"], batch_first=True, bidirectional=True)
        self.W_h = nn.Linear(2 * cfg["hidden_dim"], 2 * cfg["hidden_dim"], bias=False)
        self.reduce_h = nn.Linear(2 * cfg["hidden_dim"], cfg["hidden_dim"])
        self.reduce_c = nn.Linear(2 * cfg["hidden_dim"], cfg["hidden_dim"])

    def forward(self, emb):
        out, (h, c) = self.lstm(emb)
        h = F.relu(self.reduce_h(torch.cat([h[0], h[1]], -1)))
        c = F.relu(self.reduce_c(torch.cat([c[0], c[1]], -1)))
        return out, self.W_h(out), (h, c)


class Attention(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        H = cfg["hidden_dim"]
        self.decode_proj = nn.Linear(2 * H, 2 * H)
        self.W_c = nn.Linear(1, 2 * H, bias=False)
        self.v = nn.Linear(2 * H, 1, bias=False)

    def forward(self, s_t, enc_out, enc_feat, enc_mask, coverage):
        feat = enc_feat + self.decode_proj(s_t).unsqueeze(1) + self.W_c(coverage.unsqueeze(-1))
        scores = self.v(torch.tanh(feat)).squeeze(-1)
        attn = F.softmax(scores, -1) * enc_mask
        attn = attn / attn.sum(1, keepdim=True)
        ctx = torch.bmm(attn.unsqueeze(1), enc_out).squeeze(1)
        return ctx, attn, coverage + attn


class Decoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        H, E = cfg["hidden_dim"], cfg["emb_dim"]
        self.x_context = nn.Linear(2 * H + E, E)
        self.lstm = nn.LSTM(E, H, batch_first=True)
        self.attention = Attention(cfg)
        self.p_gen_linear = nn.Linear(4 * H + E, 1)
        self.out1 = nn.Linear(3 * H, H)
        self.out2 = nn.Linear(H, cfg["vocab_size"])
        self.drop = nn.Dropout(cfg["dropout"])

    def forward(self, y_emb, state, ctx, enc_out, enc_feat, enc_mask, enc_ext, max_oov, coverage):
        x = self.x_context(torch.cat([ctx, y_emb], -1))
        out, state = self.lstm(self.drop(x).unsqueeze(1), state)
        h, c = state
        s_t = torch.cat([h[-1], c[-1]], -1)
        ctx, attn, coverage_next = self.attention(s_t, enc_out, enc_feat, enc_mask, coverage)
        p_gen = torch.sigmoid(self.p_gen_linear(torch.cat([ctx, s_t, x], -1)))
        vocab_dist = F.softmax(self.out2(self.out1(torch.cat([out.squeeze(1), ctx], -1))), -1)
        vocab_dist = p_gen * vocab_dist
        if max_oov > 0:
            vocab_dist = torch.cat([vocab_dist, vocab_dist.new_zeros(vocab_dist.size(0), max_oov)], -1)
        final = vocab_dist.scatter_add(1, enc_ext, (1 - p_gen) * attn)
        return final, state, ctx, attn, coverage_next


class PointerGenerator(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.embedding = nn.Embedding(cfg["vocab_size"], cfg["emb_dim"])
        self.encoder = Encoder(cfg)
        self.decoder = Decoder(cfg)

    def forward(self, batch, use_coverage):
        enc_out, enc_feat, state = self.encoder(self.embedding(batch["enc"]))
        B, L = batch["enc"].shape
        ctx = enc_out.new_zeros(B, enc_out.size(-1))
        coverage = enc_out.new_zeros(B, L)
        state = (state[0].unsqueeze(0), state[1].unsqueeze(0))
        losses = []
        for t in range(batch["dec_in"].size(1)):
            y_emb = self.embedding(batch["dec_in"][:, t])
            final, state, ctx, attn, cov_next = self.decoder(y_emb, state, ctx, enc_out, enc_feat, batch["enc_mask"],
                                                             batch["enc_ext"], batch["max_oov"], coverage)
            gold = final.gather(1, batch["target"][:, t:t + 1]).squeeze(1)
            step_loss = -torch.log(gold + 1e-12)
            if use_coverage:
                step_loss = step_loss + self.cfg["cov_loss_wt"] * torch.min(attn, coverage).sum(1)
            coverage = cov_next
            losses.append(step_loss * batch["dec_mask"][:, t])
        lengths = batch["dec_mask"].sum(1)
        return (torch.stack(losses, 1).sum(1) / lengths).mean()

    @torch.no_grad()
    def greedy_decode(self, batch):
        self.eval()
        enc_out, enc_feat, state = self.encoder(self.embedding(batch["enc"]))
        B, L = batch["enc"].shape
        ctx, coverage = enc_out.new_zeros(B, enc_out.size(-1)), enc_out.new_zeros(B, L)
        state = (state[0].unsqueeze(0), state[1].unsqueeze(0))
        y, out = torch.full((B,), START, dtype=torch.long), []
        for _ in range(self.cfg["max_dec_steps"]):
            final, state, ctx, _, coverage = self.decoder(self.embedding(y), state, ctx, enc_out, enc_feat,
                                                          batch["enc_mask"], batch["enc_ext"], batch["max_oov"],
                                                          coverage)
            nxt = final.argmax(-1)
            out.append(nxt)
            y = torch.where(nxt >= self.cfg["vocab_size"], torch.full_like(nxt, UNK), nxt)
        return torch.stack(out, 1)


# ----------------------------------------------------------------------------- metrics
def rouge1(pred, ref):
    p, r = defaultdict(int), defaultdict(int)
    for w in pred:
        p[w] += 1
    for w in ref:
        r[w] += 1
    overlap = sum(min(p[w], r[w]) for w in p)
    if not pred or not ref or overlap == 0:
        return 0.0
    prec, rec = overlap / len(pred), overlap / len(ref)
    return 2 * prec * rec / (prec + rec)


def corpus_rouge(model, batcher):
    scores = []
    for batch in batcher.batches(shuffle=False):
        dec = model.greedy_decode(batch)
        for row, tgt in zip(dec.tolist(), batch["target"].tolist()):
            row = row[:row.index(STOP)] if STOP in row else row
            tgt = [t for t in tgt if t not in (PAD, STOP)]
            scores.append(rouge1(row, tgt))
    return sum(scores) / max(1, len(scores))


# ----------------------------------------------------------------------------- training
class RunningAvg:
    def __init__(self, decay=0.9):
        self.decay, self.value = decay, None

    def update(self, x):
        self.value = x if self.value is None else self.decay * self.value + (1 - self.decay) * x
        return self.value


def step_context(cfg):
    if cfg["deterministic"]:
        return torch.backends.cudnn.flags(enabled=False, deterministic=True)
    return contextlib.nullcontext()


def train_phase(model, optimizer, batcher, cfg, steps, use_coverage, tag):
    avg = RunningAvg()
    it = iter(())
    for step in range(steps):
        batch = next(it, None)
        if batch is None:
            it = batcher.batches()
            batch = next(it)
        with step_context(cfg) if use_coverage else contextlib.nullcontext():
            loss = model(batch, use_coverage)
            optimizer.zero_grad()
            loss.backward()
        gn = nn.utils.clip_grad_norm_(model.parameters(), cfg["max_grad_norm"])
        optimizer.step()
        running = avg.update(loss.item())
        if step % cfg["log_every"] == 0:
            log.info("[%s] step %d loss %.4f running %.4f grad_norm %.3f", tag, step, loss.item(), running, gn)
    return avg.value


def save_checkpoint(model, optimizer, path, extra):
    torch.save({"model": model.state_dict(), "optim": optimizer.state_dict(), **extra}, path)


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--nll_steps", type=int, default=CONFIG["nll_steps"])
    p.add_argument("--cov_steps", type=int, default=CONFIG["cov_steps"])
    p.add_argument("--no_deterministic", dest="deterministic", action="store_false", default=CONFIG["deterministic"])
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--metrics_out", default=None)
    return p.parse_args([])


def main():
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    cfg = dict(CONFIG, nll_steps=args.nll_steps, cov_steps=args.cov_steps, deterministic=args.deterministic)
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    train_b = Batcher([make_example(rng, cfg) for _ in range(9)], cfg)
    val_b = Batcher([make_example(rng, cfg) for _ in range(3)], cfg)
    model = PointerGenerator(cfg)
    optimizer = torch.optim.Adagrad(model.parameters(), lr=cfg["lr"], initial_accumulator_value=cfg["adagrad_init_acc"])
    t0 = time.time()

    model.train()
    nll = train_phase(model, optimizer, train_b, cfg, cfg["nll_steps"], use_coverage=False, tag="nll")
    r1 = corpus_rouge(model, val_b)
    log.info("after NLL phase: loss %.4f rouge1 %.3f", nll, r1)

    # coverage phase: no dropout (eval mode) as in the paper's fine-tuning recipe
    model.eval()
    cov = train_phase(model, optimizer, train_b, cfg, cfg["cov_steps"], use_coverage=True, tag="cov")
    r1_cov = corpus_rouge(model, val_b)
    log.info("after coverage phase: loss %.4f rouge1 %.3f", cov, r1_cov)

    metrics = {"nll": nll, "cov": cov, "rouge1": r1, "rouge1_cov": r1_cov, "secs": round(time.time() - t0, 2)}
    out = args.metrics_out or os.path.join(tempfile.gettempdir(), f"pgen_metrics_{os.getpid()}.json")
    ckpt = out.replace(".json", ".pt")
    try:
        with open(out, "w") as f:
            json.dump(metrics, f)
        save_checkpoint(model, optimizer, ckpt, {"metrics": metrics})
        log.info("wrote %s", out)
    finally:
        for p in (out, ckpt):
            if os.path.exists(p):
                os.remove(p)
    print(json.dumps(metrics))
    assert not math.isnan(cov)


if __name__ == "__main__":
    main()
