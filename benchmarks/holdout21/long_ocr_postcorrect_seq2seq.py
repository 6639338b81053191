# expect: clean
"""
OCR post-correction with a character-level GRU encoder-decoder with attention (ICDAR-2019-style task).

    python long_ocr_postcorrect_seq2seq.py --epochs 2

Synthetic data: clean strings are corrupted with OCR-like confusions (rn->m, l->1, e->c, dropped and
duplicated characters). Includes a tokenizer, a noise model, the model, beam-free greedy decoding,
CER/WER metrics, a training loop with evaluation each epoch, and a gradient-based saliency report that
shows which input characters drive each correction.
"""
import argparse
import logging
import random
import string
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("ocrfix")

CONFIG = dict(
    seed=11,
    alphabet=string.ascii_lowercase[:12] + " 1",
    max_len=10,
    emb=8,
    hidden=12,
    dropout=0.1,
    batch_size=4,
    epochs=2,
    steps_per_epoch=3,
    lr=3e-3,
    teacher_forcing=0.9,
    eval_batches=2,
    saliency_examples=2,
)

CONFUSIONS = {"l": "1", "e": "c", "h": "b", "a": "o"}


# ----------------------------------------------------------------------------------------------------------
class CharVocab:
    PAD, BOS, EOS = 0, 1, 2

    def __init__(self, alphabet):
        self.itos = ["<pad>", "<s>", "</s>"] + list(alphabet)
        self.stoi = {c: i for i, c in enumerate(self.itos)}

    def __len__(self):
        return len(self.itos)

    def encode(self, text, max_len):
        ids = [self.stoi[c] for c in text[:max_len]] + [self.EOS]
        return ids + [self.PAD] * (max_len + 1 - len(ids))

    def decode(self, ids):
        out = []
        for i in ids:
            if i == self.EOS:
                break
            if i > self.EOS:
                out.append(self.itos[i])
        return "".join(out)


def corrupt(text, rng, p=0.2):
    out = []
    for c in text:
        r = rng.random()
        if r < p / 3:
            continue                       # dropped character
        if r < 2 * p / 3:
            out.append(c + c)              # duplicated character
            continue
        if r < p and c in CONFUSIONS:
            out.append(CONFUSIONS[c])      # visual confusion
            continue
        out.append(c)
    return "".join(out)


class NoisyTextStream:
    def __init__(self, cfg, vocab, seed):
        self.cfg, self.vocab = cfg, vocab
        self.rng = random.Random(seed)
        self.letters = cfg["alphabet"][:-2]

    def pair(self):
        n = self.rng.randint(3, self.cfg["max_len"] - 2)
        clean = "".join(self.rng.choice(self.letters) for _ in range(n))
        return corrupt(clean, self.rng), clean

    def batch(self):
        pairs = [self.pair() for _ in range(self.cfg["batch_size"])]
        src = torch.tensor([self.vocab.encode(n, self.cfg["max_len"]) for n, _ in pairs])
        tgt = torch.tensor([self.vocab.encode(c, self.cfg["max_len"]) for _, c in pairs])
        return src, tgt, pairs


# ----------------------------------------------------------------------------------------------------------
class Encoder(nn.Module):
    def __init__(self, vocab_size, emb, hidden, dropout):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, emb, padding_idx=0)
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden, hidden)
        self.drop = nn.Dropout(dropout)

    def forward(self, src=None, embedded=None):
        e = self.drop(self.emb(src)) if embedded is None else embedded
        out, h = self.rnn(e)
        return out, torch.tanh(self.bridge(torch.cat([h[0], h[1]], -1))).unsqueeze(0)


class Attention(nn.Module):
    def __init__(self, enc_dim, dec_dim):
        super().__init__()
        self.W = nn.Linear(enc_dim, dec_dim, bias=False)

    def forward(self, dec_h, enc_out, mask):
        scores = torch.einsum("bd,btd->bt", dec_h, self.W(enc_out)).masked_fill(~mask, -1e4)
        w = torch.softmax(scores, -1)
        return torch.einsum("bt,btd->bd", w, enc_out), w


class Decoder(nn.Module):
    def __init__(self, vocab_size, emb, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab_size, emb, padding_idx=0)
        self.att = Attention(2 * hidden, hidden)
        self.rnn = nn.GRU(emb + 2 * hidden, hidden, batch_first=True)
        self.out = nn.Linear(3 * hidden, vocab_size)

    def step(self, tok, h, enc_out, mask):
        ctx, w = self.att(h[-1], enc_out, mask)
        o, h = self.rnn(torch.cat([self.emb(tok), ctx], -1).unsqueeze(1), h)
        return self.out(torch.cat([o.squeeze(1), ctx], -1)), h, w


class Corrector(nn.Module):
    def __init__(self, vocab_size, cfg):
        super().__init__()
        self.encoder = Encoder(vocab_size, cfg["emb"], cfg["hidden"], cfg["dropout"])
        self.decoder = Decoder(vocab_size, cfg["emb"], cfg["hidden"])

    def forward(self, src, tgt, teacher_forcing=1.0, embedded=None):
        enc_out, h = self.encoder(src, embedded)
        mask = src != CharVocab.PAD
        tok = torch.full((src.size(0),), CharVocab.BOS, dtype=torch.long)
        logits = []
        for t in range(tgt.size(1)):
            step_logits, h, _ = self.decoder.step(tok, h, enc_out, mask)
            logits.append(step_logits)
            use_gold = random.random() < teacher_forcing
            tok = tgt[:, t] if use_gold else step_logits.argmax(-1)
        return torch.stack(logits, 1)

    @torch.no_grad()
    def greedy(self, src, max_len):
        enc_out, h = self.encoder(src)
        mask = src != CharVocab.PAD
        tok = torch.full((src.size(0),), CharVocab.BOS, dtype=torch.long)
        out = []
        for _ in range(max_len):
            logits, h, _ = self.decoder.step(tok, h, enc_out, mask)
            tok = logits.argmax(-1)
            out.append(tok)
        return torch.stack(out, 1)


# ----------------------------------------------------------------------------------------------------------
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(hyps, refs):
    return sum(edit_distance(h, r) for h, r in zip(hyps, refs)) / max(1, sum(len(r) for r in refs))


def wer(hyps, refs):
    return sum(edit_distance(h.split(), r.split()) for h, r in zip(hyps, refs)) / max(1, sum(len(r.split()) for r in refs))


def seq_loss(logits, tgt):
    return F.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt.reshape(-1), ignore_index=CharVocab.PAD)


# ----------------------------------------------------------------------------------------------------------
def train_epoch(model, stream, opt, cfg, epoch):
    model.train()
    total = 0.0
    for step in range(cfg["steps_per_epoch"]):
        src, tgt, _ = stream.batch()
        loss = seq_loss(model(src, tgt, cfg["teacher_forcing"]), tgt)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        total += loss.item()
    log.info("epoch %d train loss %.4f", epoch, total / cfg["steps_per_epoch"])
    return total / cfg["steps_per_epoch"]


def evaluate(model, stream, vocab, cfg):
    model.eval()
    hyps, refs, noisy = [], [], []
    for _ in range(cfg["eval_batches"]):
        src, _, pairs = stream.batch()
        pred = model.greedy(src, cfg["max_len"] + 1)
        hyps += [vocab.decode(p.tolist()) for p in pred]
        refs += [c for _, c in pairs]
        noisy += [n for n, _ in pairs]
    return {"cer": cer(hyps, refs), "wer": wer(hyps, refs), "cer_input": cer(noisy, refs)}


def saliency_report(model, stream, vocab, cfg):
    """Gradient of the gold-sequence log-likelihood w.r.t. the input character embeddings."""
    model.eval()
    reports = []
    with torch.backends.cudnn.flags(enabled=False):
        for _ in range(cfg["saliency_examples"]):
            src, tgt, pairs = stream.batch()
            emb = model.encoder.emb(src).detach().requires_grad_(True)
            logits = model(src, tgt, teacher_forcing=1.0, embedded=emb)
            ll = -seq_loss(logits, tgt)
            ll.backward()
            sal = emb.grad.norm(dim=-1)
            for i, (n, c) in enumerate(pairs[:1]):
                chars = list(n)
                weights = sal[i, :len(chars)].tolist()
                reports.append((n, c, [round(w, 4) for w in weights]))
    return reports


def warmup_lambda(warmup_steps):
    def fn(step):
        return min(1.0, (step + 1) / warmup_steps)
    return fn


def confusion_counts(hyps, refs):
    """Character substitutions at aligned positions (rough, equal-length pairs only)."""
    counts = {}
    for h, r in zip(hyps, refs):
        if len(h) != len(r):
            continue
        for a, b in zip(h, r):
            if a != b:
                counts[(b, a)] = counts.get((b, a), 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])[:5]


def export_predictions(model, stream, vocab, cfg, path):
    import os
    model.eval()
    src, _, pairs = stream.batch()
    pred = model.greedy(src, cfg["max_len"] + 1)
    with open(path, "w") as f:
        for (n, c), p in zip(pairs, pred):
            f.write(f"{n}\t{vocab.decode(p.tolist())}\t{c}\n")
    n_lines = sum(1 for _ in open(path))
    os.remove(path)
    return n_lines


def parse(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--seed", type=int, default=CONFIG["seed"])
    ap.add_argument("--no-saliency", action="store_true")
    return ap.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    cfg = dict(CONFIG, epochs=args.epochs, seed=args.seed)
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    vocab = CharVocab(cfg["alphabet"])
    train_stream = NoisyTextStream(cfg, vocab, cfg["seed"])
    dev_stream = NoisyTextStream(cfg, vocab, cfg["seed"] + 1)
    model = Corrector(len(vocab), cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    sched = torch.optim.lr_scheduler.LambdaLR(opt, warmup_lambda(2))
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        train_epoch(model, train_stream, opt, cfg, epoch)
        metrics = evaluate(model, dev_stream, vocab, cfg)
        sched.step()
        log.info("epoch %d dev %s lr %.5f", epoch, {k: round(v, 3) for k, v in metrics.items()},
                 sched.get_last_lr()[0])
    import tempfile
    n = export_predictions(model, dev_stream, vocab, cfg, tempfile.mktemp(suffix=".tsv"))
    log.info("exported %d predictions", n)
    if not args.no_saliency:
        for noisy, clean, weights in saliency_report(model, dev_stream, vocab, cfg):
            log.info("saliency %r -> %r: %s", noisy, clean, weights)
    log.info("done in %.1fs", time.time() - t0)


if __name__ == "__main__":
    main(sys.argv[1:])
