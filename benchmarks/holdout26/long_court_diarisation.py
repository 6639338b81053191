# expect: crash
"""
Court transcript diarisation: assign each utterance of a hearing to a role
(judge, prosecution, defence, witness) from acoustic frames plus a few lexical cues.

Experiment script: BiLSTM utterance encoder + GRU over the utterance sequence.
Keeps the best validation snapshot in memory and finally adapts it on the
annotated opening statements of the test hearing.

    python long_court_diarisation.py --epochs 2 --adapt-steps 2
"""
import argparse
import json
import os
import tempfile
import copy
import itertools
import logging
import random
import time
from collections import Counter, OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("court")

ROLES = ["judge", "prosecution", "defence", "witness"]
CUES = ["objection", "sustained", "overruled", "your", "honour", "the", "witness", "court", "i", "recall"]

CFG = OrderedDict(
    n_hearings=10,
    utts_per_hearing=6,
    frames=12,
    n_mfcc=10,
    cue_dim=6,
    utt_hidden=8,
    dlg_hidden=10,
    dropout=0.25,
    lr=4e-3,
    epochs=2,
    adapt_steps=2,
    adapt_lr=1e-3,
    opening=3,
    seed=3,
    label_smoothing=0.05,
)


# ------------------------------------------------------------------- synthetic corpus

def make_hearing(rng, cfg):
    roles = [0] + [rng.randrange(len(ROLES)) for _ in range(cfg["utts_per_hearing"] - 1)]
    frames, cues = [], []
    for r in roles:
        base = torch.full((cfg["frames"], cfg["n_mfcc"]), float(r) * 0.3)
        frames.append(base + torch.randn(cfg["frames"], cfg["n_mfcc"]) * 0.5)
        words = rng.sample(range(len(CUES)), 3)
        if r == 0:
            words[0] = CUES.index(rng.choice(["sustained", "overruled", "court"]))
        cues.append(torch.tensor(words))
    return {"frames": torch.stack(frames), "cues": torch.stack(cues), "roles": torch.tensor(roles)}


def corpus(cfg):
    rng = random.Random(cfg["seed"])
    return [make_hearing(rng, cfg) for _ in range(cfg["n_hearings"])]


def role_distribution(hearings):
    c = Counter(itertools.chain.from_iterable(h["roles"].tolist() for h in hearings))
    total = sum(c.values())
    return {ROLES[k]: round(v / total, 3) for k, v in sorted(c.items())}


# ------------------------------------------------------------------- model

class UtteranceEncoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.blstm = nn.LSTM(cfg["n_mfcc"], cfg["utt_hidden"], batch_first=True, bidirectional=True)
        self.cue_emb = nn.EmbeddingBag(len(CUES), cfg["cue_dim"], mode="mean")
        self.proj = nn.Linear(2 * cfg["utt_hidden"] + cfg["cue_dim"], cfg["dlg_hidden"])

    def forward(self, frames, cues):
        out, _ = self.blstm(frames)
        pooled = out.mean(1)
        return torch.tanh(self.proj(torch.cat([pooled, self.cue_emb(cues)], -1)))


class DialogueTagger(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.utt = UtteranceEncoder(cfg)
        self.dlg = nn.GRU(cfg["dlg_hidden"], cfg["dlg_hidden"], batch_first=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.cls = nn.Linear(cfg["dlg_hidden"], len(ROLES))

    def forward(self, hearing):
        u = self.utt(hearing["frames"], hearing["cues"]).unsqueeze(0)
        h, _ = self.dlg(u)
        return self.cls(self.drop(h)).squeeze(0)


def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


# ------------------------------------------------------------------- metrics

def confusion(pred, gold, n=len(ROLES)):
    m = torch.zeros(n, n, dtype=torch.long)
    for p, g in zip(pred.tolist(), gold.tolist()):
        m[g, p] += 1
    return m


def macro_f1(cm):
    f1s = []
    for k in range(cm.size(0)):
        tp = cm[k, k].item()
        fp = cm[:, k].sum().item() - tp
        fn = cm[k, :].sum().item() - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s)


def diarisation_error_rate(pred, gold):
    """Utterance-level DER: share of utterances attributed to the wrong role."""
    return (pred != gold).float().mean().item()


def format_cm(cm):
    head = "          " + " ".join(f"{r[:5]:>6}" for r in ROLES)
    rows = [f"{ROLES[i][:9]:>9} " + " ".join(f"{v:>6}" for v in cm[i].tolist()) for i in range(cm.size(0))]
    return "\n".join([head] + rows)


# ------------------------------------------------------------------- loops

def run_epoch(model, hearings, opt, cfg):
    model.train()
    total = 0.0
    random.shuffle(hearings)
    for h in hearings:
        logits = model(h)
        loss = F.cross_entropy(logits, h["roles"], label_smoothing=cfg["label_smoothing"])
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(hearings)


@torch.no_grad()
def validate(model, hearings):
    model.eval()
    preds, golds = [], []
    for h in hearings:
        preds.append(model(h).argmax(-1))
        golds.append(h["roles"])
    p, g = torch.cat(preds), torch.cat(golds)
    cm = confusion(p, g)
    return {"f1": macro_f1(cm), "der": diarisation_error_rate(p, g), "cm": cm}


class BestSnapshot:
    """Keeps an in-memory copy of the best model seen during validation."""

    def __init__(self):
        self.score = -1.0
        self.model = None
        self.epoch = None

    def offer(self, model, score, epoch):
        if score > self.score:
            self.score, self.epoch = score, epoch
            self.model = copy.deepcopy(model)
            LOG.info("new best f1 %.3f at epoch %d", score, epoch)


def adapt_on_opening(model, hearing, cfg):
    """Use the clerk-annotated opening statements of a hearing to adapt the dialogue model."""
    n = cfg["opening"]
    opening = {k: v[:n] for k, v in hearing.items()}
    opt = torch.optim.Adam(model.parameters(), lr=cfg["adapt_lr"])
    for step in range(cfg["adapt_steps"]):
        logits = model(opening)
        loss = F.cross_entropy(logits, opening["roles"])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        LOG.debug("adapt step %d loss %.4f", step, loss.item())
    return model


def score_rest(model, hearing, cfg):
    n = cfg["opening"]
    rest = {k: v[n:] for k, v in hearing.items()}
    res = validate(model, [rest])
    return res["der"]


# ------------------------------------------------------------------- post-processing

def smooth_turns(pred, min_run=2):
    """Merge role runs shorter than min_run into the preceding role (speakers rarely switch every utterance)."""
    out = pred.clone()
    i = 0
    n = len(out)
    while i < n:
        j = i
        while j + 1 < n and out[j + 1] == out[i]:
            j += 1
        if j - i + 1 < min_run and i > 0:
            out[i:j + 1] = out[i - 1]
        i = j + 1
    return out


def cue_report(hearings):
    """How often each lexical cue co-occurs with each role."""
    table = {c: Counter() for c in CUES}
    for h in hearings:
        for words, role in zip(h["cues"].tolist(), h["roles"].tolist()):
            for w in words:
                table[CUES[w]][ROLES[role]] += 1
    return {c: dict(v) for c, v in table.items() if v}


def write_run_summary(summary):
    fd, path = tempfile.mkstemp(suffix=".json", prefix="court_")
    try:
        with os.fdopen(fd, "w") as f:
            json.dump(summary, f)
        with open(path) as f:
            return json.load(f)
    finally:
        os.remove(path)


# ------------------------------------------------------------------- main

def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=CFG["epochs"])
    ap.add_argument("--adapt-steps", type=int, default=CFG["adapt_steps"])
    ap.add_argument("--seed", type=int, default=CFG["seed"])
    ap.add_argument("--show-cm", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args()


def main():
    args = parse()
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(relativeCreated)6dms %(name)s %(message)s")
    cfg = dict(CFG, epochs=args.epochs, adapt_steps=args.adapt_steps, seed=args.seed)
    torch.manual_seed(cfg["seed"])
    random.seed(cfg["seed"])

    hearings = corpus(cfg)
    train, val, test = hearings[:6], hearings[6:8], hearings[8:]
    LOG.info("role distribution (train) %s", role_distribution(train))
    LOG.debug("cue table %s", cue_report(train))

    model = DialogueTagger(cfg)
    LOG.info("parameters: %d", count_parameters(model))
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    best = BestSnapshot()
    start = time.perf_counter()
    for epoch in range(cfg["epochs"]):
        loss = run_epoch(model, train, opt, cfg)
        res = validate(model, val)
        LOG.info("epoch %d loss %.4f val f1 %.3f der %.3f", epoch, loss, res["f1"], res["der"])
        best.offer(model, res["f1"], epoch)
    LOG.info("trained in %.2fs; best epoch %s", time.perf_counter() - start, best.epoch)

    final = validate(best.model, test)
    if args.show_cm:
        print(format_cm(final["cm"]))
    ders = []
    for h in test:
        before = score_rest(best.model, h, cfg)
        adapted = adapt_on_opening(copy.deepcopy(best.model), h, cfg)
        after = score_rest(adapted, h, cfg)
        ders.append((before, after))
        LOG.info("hearing DER before %.3f after %.3f", before, after)
    with torch.no_grad():
        best.model.eval()
        smoothed = [diarisation_error_rate(smooth_turns(best.model(h).argmax(-1)), h["roles"]) for h in test]
    summary = write_run_summary({"best_epoch": best.epoch, "ders": ders, "smoothed": smoothed})
    LOG.info("summary %s", summary)
    print("done", len(ders))


if __name__ == "__main__":
    main()
