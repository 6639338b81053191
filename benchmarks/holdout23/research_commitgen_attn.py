# expect: crash
"""Commit-message generation from code diffs with an attentional GRU encoder-decoder.

Research script: synthetic diff/message corpus with a tiny vocabulary, teacher-forced training with label
smoothing and (optional) mixed precision, periodic greedy samples with sentence-BLEU, length statistics and a
final corpus-BLEU report.

Usage: python research_commitgen_attn.py --epochs 2 --log-every 2
"""
import argparse
import collections
import logging
import math
import random
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("commitgen")

PAD, BOS, EOS, UNK = 0, 1, 2, 3
SPECIALS = ["<pad>", "<s>", "</s>", "<unk>"]
DIFF_WORDS = ["+", "-", "def", "return", "if", "self", "import", "class", "for", "in", "None", "True"]
MSG_WORDS = ["fix", "add", "remove", "refactor", "update", "tests", "typo", "docs", "bug", "handling"]

CFG = {
    "emb": 8,
    "hidden": 12,
    "dropout": 0.1,
    "lr": 3e-3,
    "batch_size": 4,
    "max_src": 12,
    "max_tgt": 5,
    "label_smoothing": 0.1,
    "clip": 1.0,
    "amp": False,
    "n_train": 16,
    "n_valid": 4,
    "seed": 3,
}


# --------------------------------------------------------------------------------------------------------------
# vocabulary and data
# --------------------------------------------------------------------------------------------------------------
class Vocab:
    def __init__(self, words):
        self.itos = SPECIALS + sorted(set(words))
        self.stoi = {w: i for i, w in enumerate(self.itos)}

    def __len__(self):
        return len(self.itos)

    def encode(self, toks, max_len, add_bos=False):
        ids = [self.stoi.get(t, UNK) for t in toks][: max_len - 1]
        ids = ([BOS] if add_bos else []) + ids + [EOS]
        return ids + [PAD] * (max_len + int(add_bos) - len(ids))

    def decode(self, ids):
        out = []
        for i in ids:
            if i == EOS:
                break
            if i not in (PAD, BOS):
                out.append(self.itos[i])
        return out


def synth_example(rng):
    diff = [rng.choice(DIFF_WORDS) for _ in range(rng.randint(5, 11))]
    verb = "fix" if "-" in diff else "add"
    msg = [verb] + [rng.choice(MSG_WORDS) for _ in range(rng.randint(1, 3))]
    return diff, msg


def build_corpus(n, rng):
    return [synth_example(rng) for _ in range(n)]


def tensorise(corpus, vocab, cfg):
    src = torch.tensor([vocab.encode(d, cfg["max_src"]) for d, _ in corpus])
    tgt = torch.tensor([vocab.encode(m, cfg["max_tgt"], add_bos=True) for _, m in corpus])
    return src, tgt


def iterate(src, tgt, bs, shuffle, rng):
    idx = list(range(len(src)))
    if shuffle:
        rng.shuffle(idx)
    for s in range(0, len(idx), bs):
        j = idx[s:s + bs]
        yield src[j], tgt[j]


# --------------------------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------------------------
class BahdanauAttention(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.q = nn.Linear(hidden, hidden, bias=False)
        self.k = nn.Linear(2 * hidden, hidden, bias=False)
        self.v = nn.Linear(hidden, 1, bias=False)

    def forward(self, query, keys, mask):
        scores = self.v(torch.tanh(self.q(query)[:, :, None] + self.k(keys)[:, None])).squeeze(-1)
        scores = scores.masked_fill(~mask[:, None], -1e9)
        attn = scores.softmax(-1)
        return attn @ keys, attn


class CommitModel(nn.Module):
    def __init__(self, vocab_size, cfg):
        super().__init__()
        h = cfg["hidden"]
        self.embed = nn.Embedding(vocab_size, cfg["emb"], padding_idx=PAD)
        self.encoder = nn.GRU(cfg["emb"], h, batch_first=True, bidirectional=True)
        self.init_h = nn.Linear(2 * h, h)
        self.decoder = nn.GRU(cfg["emb"], h, batch_first=True)
        self.attn = BahdanauAttention(h)
        self.drop = nn.Dropout(cfg["dropout"])
        self.out = nn.Linear(3 * h, vocab_size)

    def encode(self, src):
        mem, h = self.encoder(self.drop(self.embed(src)))
        h0 = torch.tanh(self.init_h(torch.cat([h[0], h[1]], -1)))[None]
        return mem, h0, src != PAD

    def decode(self, tgt_in, mem, h0, mask):
        dec, h = self.decoder(self.drop(self.embed(tgt_in)), h0)
        ctx, attn = self.attn(dec, mem, mask)
        return self.out(torch.cat([dec, ctx], -1)), h, attn

    def forward(self, src, tgt_in):
        mem, h0, mask = self.encode(src)
        logits, _, _ = self.decode(tgt_in, mem, h0, mask)
        return logits

    @torch.no_grad()
    def generate(self, src, max_len=6):
        self.eval()
        mem, h, mask = self.encode(src)
        tok = torch.full((src.shape[0], 1), BOS, dtype=torch.long)
        out = []
        for _ in range(max_len):
            logits, h, _ = self.decode(tok, mem, h, mask)
            tok = logits[:, -1:].argmax(-1)
            out.append(tok)
        return torch.cat(out, 1)


# --------------------------------------------------------------------------------------------------------------
# metrics
# --------------------------------------------------------------------------------------------------------------
def ngrams(toks, n):
    return collections.Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def sentence_bleu(hyp, ref, max_n=2):
    if not hyp:
        return 0.0
    logp = 0.0
    for n in range(1, max_n + 1):
        h, r = ngrams(hyp, n), ngrams(ref, n)
        match = sum(min(c, r[g]) for g, c in h.items())
        logp += math.log((match + 1) / (max(sum(h.values()), 0) + 1)) / max_n
    bp = min(1.0, math.exp(1 - len(ref) / len(hyp)))
    return bp * math.exp(logp)


def corpus_bleu(hyps, refs):
    return sum(sentence_bleu(h, r) for h, r in zip(hyps, refs)) / max(len(hyps), 1)


class RunningMean:
    def __init__(self):
        self.total, self.n = 0.0, 0

    def update(self, v, k=1):
        self.total += v * k
        self.n += k

    @property
    def value(self):
        return self.total / max(self.n, 1)


# --------------------------------------------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------------------------------------------
def smoothed_loss(logits, gold, eps):
    return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), gold.reshape(-1), ignore_index=PAD,
                           label_smoothing=eps)


def log_samples(model, vocab, src, tgt, k=2):
    hyp = model.generate(src[:k])
    for i in range(min(k, len(src))):
        h, r = vocab.decode(hyp[i].tolist()), vocab.decode(tgt[i, 1:].tolist())
        log.info("  sample: %-28s | ref: %-28s | bleu %.3f", " ".join(h), " ".join(r), sentence_bleu(h, r))


def train_epoch(model, opt, scaler, data, cfg, vocab, rng, log_every):
    model.train()
    meter = RunningMean()
    for step, (src, tgt) in enumerate(iterate(*data, cfg["batch_size"], True, rng), 1):
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=cfg["amp"]):
            logits = model(src, tgt[:, :-1])
            loss = smoothed_loss(logits.float(), tgt[:, 1:], cfg["label_smoothing"])
        opt.zero_grad(set_to_none=True)
        scaler.scale(loss).backward()  # TM001-here
        scaler.unscale_(opt)
        nn.utils.clip_grad_norm_(model.parameters(), cfg["clip"])
        scaler.step(opt)
        scaler.update()
        meter.update(loss.item(), len(src))
        if step % log_every == 0:
            log.info("step %d loss %.4f", step, meter.value)
            log_samples(model, vocab, src, tgt)
    return meter.value


def validate(model, data, vocab, cfg):
    src, tgt = data
    hyps = [vocab.decode(r) for r in model.generate(src).tolist()]
    refs = [vocab.decode(r[1:]) for r in tgt.tolist()]
    lens = [len(h) for h in hyps]
    return {"bleu": corpus_bleu(hyps, refs), "avg_len": sum(lens) / max(len(lens), 1)}


# --------------------------------------------------------------------------------------------------------------
# beam search (final report only)
# --------------------------------------------------------------------------------------------------------------
def length_penalty(length, alpha=0.6):
    return ((5 + length) / 6) ** alpha


@torch.no_grad()
def beam_search(model, src, beam=2, max_len=5):
    """Beam search for one source sequence; returns the best token list."""
    mem, h, mask = model.encode(src[:1])
    beams = [([BOS], 0.0, h)]
    finished = []
    for _ in range(max_len):
        cand = []
        for toks, score, hb in beams:
            logits, h2, _ = model.decode(torch.tensor([[toks[-1]]]), mem, hb, mask)
            logp = logits[0, -1].log_softmax(-1)
            top = logp.topk(beam)
            for lp, idx in zip(top.values.tolist(), top.indices.tolist()):
                cand.append((toks + [idx], score + lp, h2))
        cand.sort(key=lambda c: c[1] / length_penalty(len(c[0])), reverse=True)
        beams = []
        for c in cand[:beam]:
            (finished if c[0][-1] == EOS else beams).append(c)
        if not beams:
            break
    best = max(finished + beams, key=lambda c: c[1] / length_penalty(len(c[0])))
    return best[0][1:]


def repetition_rate(hyps):
    reps = total = 0
    for h in hyps:
        bigrams = ngrams(h, 2)
        reps += sum(c - 1 for c in bigrams.values() if c > 1)
        total += max(sum(bigrams.values()), 1)
    return reps / max(total, 1)


def final_report(model, data, vocab):
    src, tgt = data
    hyps = [vocab.decode(beam_search(model, src[i:i + 1])) for i in range(len(src))]
    refs = [vocab.decode(r[1:]) for r in tgt.tolist()]
    return {"beam_bleu": corpus_bleu(hyps, refs), "repetition": repetition_rate(hyps)}


def parse_args(argv):
    ap = argparse.ArgumentParser(description="commit message generation")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--log-every", type=int, default=2)
    ap.add_argument("--amp", action="store_true")
    ap.add_argument("--seed", type=int, default=CFG["seed"])
    return ap.parse_args(argv)


def main(argv=None):
    args = parse_args(argv if argv is not None else sys.argv[1:])
    logging.basicConfig(level=logging.INFO, format="%(levelname).1s %(message)s")
    cfg = dict(CFG, amp=args.amp, seed=args.seed)
    rng = random.Random(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    vocab = Vocab(DIFF_WORDS + MSG_WORDS)
    train = tensorise(build_corpus(cfg["n_train"], rng), vocab, cfg)
    valid = tensorise(build_corpus(cfg["n_valid"], rng), vocab, cfg)
    model = CommitModel(len(vocab), cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    scaler = torch.amp.GradScaler("cpu", enabled=cfg["amp"])
    log.info("vocab %d, params %d", len(vocab), sum(p.numel() for p in model.parameters()))
    best = -1.0
    for epoch in range(args.epochs):
        loss = train_epoch(model, opt, scaler, train, cfg, vocab, rng, args.log_every)
        res = validate(model, valid, vocab, cfg)
        best = max(best, res["bleu"])
        log.info("epoch %d loss %.4f valid %s", epoch, loss, res)
    log.info("best valid BLEU %.3f", best)
    log.info("final report %s", final_report(model, valid, vocab))


if __name__ == "__main__":
    main([])
