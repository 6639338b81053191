# expect: crash
"""De-identification of clinical notes as token tagging (BIO over PHI types).

Model: word embeddings + character CNN -> 2-layer BiLSTM -> linear tag scores.
Training uses an optional FGSM-style perturbation of the word embeddings as
data augmentation (robustness to misspelled names), early stopping on the dev
entity-level F1, and a final test report.

Usage:
    python long_clinical_deid.py --epochs 2 --adv-eps 0.5
"""
import argparse
import collections
import json
import logging
import os
import random
import shutil
import tempfile
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("deid")

CONFIG = {
    "seed": 13,
    "word_dim": 8,
    "char_dim": 4,
    "char_filters": 4,
    "hidden": 8,
    "layers": 2,
    "dropout": 0.3,
    "lr": 3e-3,
    "batch_size": 4,
    "epochs": 2,
    "patience": 2,
    "adv_eps": 0.5,
    "adv_weight": 0.5,
    "max_word_len": 6,
    "grad_clip": 5.0,
}

PHI_TYPES = ["NAME", "DATE", "ID", "HOSPITAL"]
TAGS = ["O"] + [f"{p}-{t}" for t in PHI_TYPES for p in ("B", "I")]
TAG2ID = {t: i for i, t in enumerate(TAGS)}

FIRST = ["anna", "bob", "chen", "dara", "emil"]
LAST = ["smith", "okafor", "li", "novak", "garcia"]
HOSP = ["st", "mary", "general", "mercy"]
FILLER = ["patient", "seen", "on", "at", "for", "follow", "up", "mrn", "by", "dr", "admitted", "discharged"]


# ----------------------------------------------------------------------------- data
def synth_note(rng):
    toks, tags = [], []

    def add(words, phi=None):
        for i, w in enumerate(words):
            toks.append(w)
            tags.append("O" if phi is None else ("B-" if i == 0 else "I-") + phi)

    add([rng.choice(FILLER), rng.choice(FILLER)])
    add([rng.choice(FIRST), rng.choice(LAST)], "NAME")
    add(["admitted", "on"])
    add([f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"], "DATE")
    add(["at"])
    add(rng.sample(HOSP, 2), "HOSPITAL")
    add(["mrn"])
    add([str(rng.randint(10000, 99999))], "ID")
    return toks, tags


def build_corpus(n, seed):
    rng = random.Random(seed)
    return [synth_note(rng) for _ in range(n)]


class Vocab:
    def __init__(self, specials=("<pad>", "<unk>")):
        self.itos = list(specials)
        self.stoi = {s: i for i, s in enumerate(self.itos)}

    def add(self, token):
        if token not in self.stoi:
            self.stoi[token] = len(self.itos)
            self.itos.append(token)

    def __getitem__(self, token):
        return self.stoi.get(token, 1)

    def __len__(self):
        return len(self.itos)


def build_vocabs(corpus):
    words, chars = Vocab(), Vocab()
    for toks, _ in corpus:
        for t in toks:
            words.add(t.lower())
            for c in t:
                chars.add(c)
    return words, chars


def shape_of(token):
    if token.isdigit():
        return "digits"
    if "/" in token:
        return "date-like"
    return "alpha"


def encode(batch, words, chars, max_len):
    T = max(len(t) for t, _ in batch)
    w = torch.zeros(len(batch), T, dtype=torch.long)
    c = torch.zeros(len(batch), T, max_len, dtype=torch.long)
    y = torch.full((len(batch), T), -100, dtype=torch.long)
    for i, (toks, tags) in enumerate(batch):
        for j, (tok, tag) in enumerate(zip(toks, tags)):
            w[i, j] = words[tok.lower()]
            for k, ch in enumerate(tok[:max_len]):
                c[i, j, k] = chars[ch]
            y[i, j] = TAG2ID[tag]
    return w, c, y


def batches(corpus, size, shuffle, rng):
    idx = list(range(len(corpus)))
    if shuffle:
        rng.shuffle(idx)
    for s in range(0, len(idx), size):
        yield [corpus[i] for i in idx[s:s + size]]


# ----------------------------------------------------------------------------- model
class CharCNN(nn.Module):
    def __init__(self, n_chars, dim, filters):
        super().__init__()
        self.emb = nn.Embedding(n_chars, dim, padding_idx=0)
        self.conv = nn.Conv1d(dim, filters, 3, padding=1)

    def forward(self, chars):
        b, t, l = chars.shape
        e = self.emb(chars.view(b * t, l)).transpose(1, 2)
        return torch.relu(self.conv(e)).max(-1).values.view(b, t, -1)


class DeidTagger(nn.Module):
    def __init__(self, n_words, n_chars, cfg):
        super().__init__()
        self.word_emb = nn.Embedding(n_words, cfg["word_dim"], padding_idx=0)
        self.char_cnn = CharCNN(n_chars, cfg["char_dim"], cfg["char_filters"])
        self.drop = nn.Dropout(cfg["dropout"])
        self.lstm = nn.LSTM(cfg["word_dim"] + cfg["char_filters"], cfg["hidden"], num_layers=cfg["layers"],
                            batch_first=True, bidirectional=True, dropout=cfg["dropout"])
        self.proj = nn.Linear(2 * cfg["hidden"], len(TAGS))

    def embed(self, words):
        return self.word_emb(words)

    def forward_from_embeddings(self, wemb, chars):
        x = torch.cat([wemb, self.char_cnn(chars)], -1)
        h, _ = self.lstm(self.drop(x))
        return self.proj(self.drop(h))

    def forward(self, words, chars):
        return self.forward_from_embeddings(self.embed(words), chars)


def tag_loss(logits, y):
    return F.cross_entropy(logits.flatten(0, 1), y.flatten(), ignore_index=-100)


# ----------------------------------------------------------------------------- metrics
def spans(tag_ids):
    out, start, kind = [], None, None
    for i, t in enumerate(tag_ids + [0]):
        tag = TAGS[t] if t >= 0 else "O"
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != kind):
            if start is not None:
                out.append((start, i, kind))
            start, kind = (i, tag[2:]) if tag != "O" else (None, None)
    return set(out)


def entity_prf(pred_batches, gold_batches):
    tp = fp = fn = 0
    per_type = collections.Counter()
    for pred, gold in zip(pred_batches, gold_batches):
        for p_row, g_row in zip(pred.tolist(), gold.tolist()):
            n = sum(1 for g in g_row if g != -100)
            ps, gs = spans(p_row[:n]), spans(g_row[:n])
            tp += len(ps & gs)
            fp += len(ps - gs)
            fn += len(gs - ps)
            for s in gs - ps:
                per_type[s[2]] += 1
    prec = tp / max(tp + fp, 1)
    rec = tp / max(tp + fn, 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    return {"precision": prec, "recall": rec, "f1": f1, "missed_by_type": dict(per_type)}


class AverageMeter:
    def __init__(self):
        self.sum, self.n = 0.0, 0

    def update(self, v, k=1):
        self.sum += v * k
        self.n += k

    @property
    def avg(self):
        return self.sum / max(self.n, 1)


# ----------------------------------------------------------------------------- training
def fgsm_augment(model, wemb, chars, y, eps):
    """Perturb word embeddings along the sign of the loss gradient.

    Dropout is switched off while the direction is computed, so the perturbation
    does not depend on a random mask.
    """
    model.eval()
    wemb = wemb.detach().requires_grad_(True)
    loss = tag_loss(model.forward_from_embeddings(wemb, chars), y)
    g, = torch.autograd.grad(loss, wemb)  # TM001-here
    model.train()
    return (wemb + eps * g.sign()).detach()


def train_one_epoch(model, opt, corpus, words, chars, cfg, rng):
    model.train()
    meter = AverageMeter()
    for batch in batches(corpus, cfg["batch_size"], True, rng):
        w, c, y = encode(batch, words, chars, cfg["max_word_len"])
        loss = tag_loss(model(w, c), y)
        if cfg["adv_eps"] > 0:
            adv_emb = fgsm_augment(model, model.embed(w), c, y, cfg["adv_eps"])
            loss = loss + cfg["adv_weight"] * tag_loss(model.forward_from_embeddings(adv_emb, c), y)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), cfg["grad_clip"])
        opt.step()
        meter.update(loss.item(), len(batch))
    return meter.avg


@torch.no_grad()
def evaluate(model, corpus, words, chars, cfg):
    model.eval()
    preds, golds = [], []
    for batch in batches(corpus, cfg["batch_size"], False, None):
        w, c, y = encode(batch, words, chars, cfg["max_word_len"])
        preds.append(model(w, c).argmax(-1))
        golds.append(y)
    return entity_prf(preds, golds)


def save_checkpoint(model, path, meta):
    torch.save({"state_dict": model.state_dict(), "meta": meta}, path)


def load_checkpoint(model, path):
    blob = torch.load(path)
    model.load_state_dict(blob["state_dict"])
    return blob["meta"]


def redact(model, note, words, chars, cfg):
    model.eval()
    with torch.no_grad():
        w, c, _ = encode([(note, ["O"] * len(note))], words, chars, cfg["max_word_len"])
        tags = model(w, c).argmax(-1)[0].tolist()
    return [tok if TAGS[t] == "O" else f"[{TAGS[t][2:]}]" for tok, t in zip(note, tags)]


# ----------------------------------------------------------------------------- main
def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=CONFIG["epochs"])
    ap.add_argument("--adv-eps", type=float, default=CONFIG["adv_eps"])
    ap.add_argument("--lr", type=float, default=CONFIG["lr"])
    ap.add_argument("--n-train", type=int, default=8)
    ap.add_argument("--n-dev", type=int, default=4)
    ap.add_argument("--verbose", action="store_true")
    return ap.parse_args()


def main():
    args = parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")
    cfg = dict(CONFIG, epochs=args.epochs, adv_eps=args.adv_eps, lr=args.lr)
    LOG.info("config %s", json.dumps(cfg, sort_keys=True))
    torch.manual_seed(cfg["seed"])
    rng = random.Random(cfg["seed"])

    train = build_corpus(args.n_train, 1)
    dev = build_corpus(args.n_dev, 2)
    test = build_corpus(args.n_dev, 3)
    words, chars = build_vocabs(train)
    LOG.info("vocab: %d words, %d chars; shapes in train: %s", len(words), len(chars),
             collections.Counter(shape_of(t) for toks, _ in train for t in toks))

    model = DeidTagger(len(words), len(chars), cfg)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    ckpt_dir = tempfile.mkdtemp(prefix="deid_")
    best_f1, bad_epochs, best_path = -1.0, 0, os.path.join(ckpt_dir, "best.pt")
    try:
        for epoch in range(cfg["epochs"]):
            t0 = time.time()
            loss = train_one_epoch(model, opt, train, words, chars, cfg, rng)
            dev_m = evaluate(model, dev, words, chars, cfg)
            LOG.info("epoch %d loss %.4f dev P %.3f R %.3f F1 %.3f (%.1fs)", epoch, loss,
                     dev_m["precision"], dev_m["recall"], dev_m["f1"], time.time() - t0)
            if dev_m["f1"] > best_f1:
                best_f1, bad_epochs = dev_m["f1"], 0
                save_checkpoint(model, best_path, {"epoch": epoch, "f1": best_f1})
            else:
                bad_epochs += 1
                if bad_epochs >= cfg["patience"]:
                    LOG.info("early stopping")
                    break
        meta = load_checkpoint(model, best_path)
        test_m = evaluate(model, test, words, chars, cfg)
        LOG.info("best epoch %d; test F1 %.3f; missed %s", meta["epoch"], test_m["f1"], test_m["missed_by_type"])
        LOG.info("example: %s", " ".join(redact(model, test[0][0], words, chars, cfg)))
    finally:
        shutil.rmtree(ckpt_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
