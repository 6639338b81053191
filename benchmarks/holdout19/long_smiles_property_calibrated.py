# expect: clean
"""Molecular property classification from SMILES strings with a bidirectional GRU, plus temperature scaling.

Research-style script: argparse, a config dict, a character tokenizer with ring/branch handling, scaffold-like
grouped splits, class-weighted training, ROC-AUC / PR-AUC / ECE metrics, and post-hoc temperature calibration on
the validation split.
"""
import argparse
import collections
import logging
import random
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("smiles-prop")

CONFIG = {
    "seed": 7,
    "n_molecules": 48,
    "max_len": 16,
    "emb": 8,
    "hidden": 8,
    "layers": 1,
    "dropout": 0.1,
    "batch_size": 8,
    "epochs": 3,
    "lr": 3e-3,
    "calib_steps": 20,
    "calib_lr": 0.05,
    "ece_bins": 5,
}

ATOMS = ["C", "N", "O", "S", "F", "Cl", "Br", "c", "n", "o"]
SYMBOLS = ["(", ")", "=", "#", "1", "2", "[", "]", "+", "-"]
SPECIAL = ["<pad>", "<bos>", "<eos>", "<unk>"]


# ----------------------------------------------------------------------------------------------------------------
# tokenisation and data
# ----------------------------------------------------------------------------------------------------------------

class SmilesTokenizer:
    def __init__(self):
        self.itos = SPECIAL + ATOMS + SYMBOLS
        self.stoi = {t: i for i, t in enumerate(self.itos)}

    def tokenize(self, smi):
        toks, i = [], 0
        while i < len(smi):
            two = smi[i:i + 2]
            if two in ("Cl", "Br"):
                toks.append(two)
                i += 2
            else:
                toks.append(smi[i])
                i += 1
        return toks

    def encode(self, smi, max_len):
        ids = [self.stoi["<bos>"]] + [self.stoi.get(t, self.stoi["<unk>"]) for t in self.tokenize(smi)]
        ids = ids[: max_len - 1] + [self.stoi["<eos>"]]
        return ids + [self.stoi["<pad>"]] * (max_len - len(ids))

    def __len__(self):
        return len(self.itos)


def random_smiles(rng, length):
    body = []
    open_branches = 0
    for _ in range(length):
        r = rng.random()
        if r < 0.1 and open_branches < 2:
            body.append("(")
            open_branches += 1
        elif r < 0.2 and open_branches > 0:
            body.append(")")
            open_branches -= 1
        elif r < 0.25:
            body.append("=")
        else:
            body.append(rng.choice(ATOMS))
    body.extend(")" * open_branches)
    return "".join(body)


def toy_label(smi):
    hetero = sum(smi.count(a) for a in ("N", "O", "S", "n", "o"))
    return int(hetero >= 2)


def scaffold_key(smi):
    # crude stand-in for a Bemis-Murcko scaffold: the atom multiset of the first three atoms
    return "".join(sorted(ch for ch in smi if ch.isalpha())[:3])


def grouped_split(smiles, fracs=(0.6, 0.2, 0.2), seed=0):
    groups = collections.defaultdict(list)
    for i, s in enumerate(smiles):
        groups[scaffold_key(s)].append(i)
    keys = sorted(groups, key=lambda k: (-len(groups[k]), k))
    random.Random(seed).shuffle(keys)
    n = len(smiles)
    train, val, test = [], [], []
    for k in keys:
        if len(train) < fracs[0] * n:
            train += groups[k]
        elif len(val) < fracs[1] * n:
            val += groups[k]
        else:
            test += groups[k]
    if not test:
        test = val[-2:]
    return train, val, test


def make_tensors(tokenizer, smiles, idx, max_len):
    x = torch.tensor([tokenizer.encode(smiles[i], max_len) for i in idx])
    y = torch.tensor([toy_label(smiles[i]) for i in idx])
    return x, y


def batches(x, y, bs, shuffle, gen=None):
    order = torch.randperm(len(x), generator=gen) if shuffle else torch.arange(len(x))
    for i in range(0, len(x), bs):
        j = order[i:i + bs]
        yield x[j], y[j]


# ----------------------------------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------------------------------

class SmilesGRU(nn.Module):
    def __init__(self, vocab, emb, hidden, layers, dropout):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.gru = nn.GRU(emb, hidden, num_layers=layers, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(dropout)
        self.fc = nn.Linear(4 * hidden, 2)

    def forward(self, x):
        mask = (x != 0).unsqueeze(-1).float()
        h, _ = self.gru(self.emb(x))
        mean = (h * mask).sum(1) / mask.sum(1).clamp(min=1)
        mx = h.masked_fill(mask == 0, -1e4).max(1).values
        return self.fc(self.drop(torch.cat([mean, mx], -1)))


class TemperatureScaler(nn.Module):
    def __init__(self):
        super().__init__()
        self.log_t = nn.Parameter(torch.zeros(()))

    def forward(self, logits):
        return logits / self.log_t.exp()


# ----------------------------------------------------------------------------------------------------------------
# metrics
# ----------------------------------------------------------------------------------------------------------------

def roc_auc(scores, labels):
    pos, neg = scores[labels == 1], scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    return ((pos[:, None] > neg[None, :]).float() + 0.5 * (pos[:, None] == neg[None, :]).float()).mean().item()


def pr_auc(scores, labels):
    order = scores.argsort(descending=True)
    l = labels[order].float()
    tp = l.cumsum(0)
    precision = tp / torch.arange(1, len(l) + 1)
    return (precision * l).sum().item() / max(l.sum().item(), 1.0)


def ece(probs, labels, bins):
    conf, pred = probs.max(-1)
    acc = (pred == labels).float()
    edges = torch.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            total += m.float().mean().item() * abs(acc[m].mean().item() - conf[m].mean().item())
    return total


def all_metrics(logits, labels, bins):
    probs = F.softmax(logits, -1)
    return {
        "acc": (probs.argmax(-1) == labels).float().mean().item(),
        "roc_auc": roc_auc(probs[:, 1], labels),
        "pr_auc": pr_auc(probs[:, 1], labels),
        "ece": ece(probs, labels, bins),
        "nll": F.cross_entropy(logits, labels).item(),
    }


# ----------------------------------------------------------------------------------------------------------------
# training / evaluation
# ----------------------------------------------------------------------------------------------------------------

def class_weights(y):
    counts = torch.bincount(y, minlength=2).float().clamp(min=1)
    return counts.sum() / (2 * counts)


def train_epoch(model, opt, x, y, cfg, weights, gen):
    model.train()
    losses = []
    for xb, yb in batches(x, y, cfg["batch_size"], shuffle=True, gen=gen):
        loss = F.cross_entropy(model(xb), yb, weight=weights)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return statistics.mean(losses)


@torch.no_grad()
def collect_logits(model, x, cfg):
    model.eval()
    return torch.cat([model(xb) for xb, _ in batches(x, torch.zeros(len(x)), cfg["batch_size"], shuffle=False)])


def calibrate(scaler, logits, labels, cfg):
    opt = torch.optim.Adam(scaler.parameters(), lr=cfg["calib_lr"])
    for _ in range(cfg["calib_steps"]):
        loss = F.cross_entropy(scaler(logits), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return scaler.log_t.exp().item()


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int)
    ap.add_argument("--hidden", type=int)
    ap.add_argument("--no-calibration", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    return ap.parse_args([])


def main():
    args = parse_args()
    cfg = dict(CONFIG)
    for k in ("epochs", "hidden"):
        if getattr(args, k) is not None:
            cfg[k] = getattr(args, k)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s")
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    gen = torch.Generator().manual_seed(cfg["seed"])

    rng = random.Random(cfg["seed"])
    smiles = [random_smiles(rng, rng.randint(5, 12)) for _ in range(cfg["n_molecules"])]
    tok = SmilesTokenizer()
    tr_idx, va_idx, te_idx = grouped_split(smiles, seed=cfg["seed"])
    xtr, ytr = make_tensors(tok, smiles, tr_idx, cfg["max_len"])
    xva, yva = make_tensors(tok, smiles, va_idx, cfg["max_len"])
    xte, yte = make_tensors(tok, smiles, te_idx, cfg["max_len"])
    logger.info("split sizes %d/%d/%d, positives in train %d", len(xtr), len(xva), len(xte), int(ytr.sum()))

    model = SmilesGRU(len(tok), cfg["emb"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    weights = class_weights(ytr)
    best, best_state = -1.0, None
    t0 = time.time()
    for epoch in range(cfg["epochs"]):
        loss = train_epoch(model, opt, xtr, ytr, cfg, weights, gen)
        val = all_metrics(collect_logits(model, xva, cfg), yva, cfg["ece_bins"])
        logger.info("epoch %d loss %.4f val %s", epoch, loss, {k: round(v, 3) for k, v in val.items()})
        score = val["roc_auc"] if val["roc_auc"] == val["roc_auc"] else val["acc"]
        if score > best:
            best = score
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    logger.info("training took %.2fs", time.time() - t0)

    val_logits = collect_logits(model, xva, cfg)
    test_logits = collect_logits(model, xte, cfg)
    before = all_metrics(test_logits, yte, cfg["ece_bins"])
    if not args.no_calibration:
        scaler = TemperatureScaler()
        t = calibrate(scaler, val_logits, yva, cfg)
        with torch.no_grad():
            after = all_metrics(scaler(test_logits), yte, cfg["ece_bins"])
        logger.info("temperature %.3f", t)
    else:
        after = before
    for k in before:
        print(f"{k:8s} before {before[k]:.4f} after {after[k]:.4f}")


if __name__ == "__main__":
    main()
