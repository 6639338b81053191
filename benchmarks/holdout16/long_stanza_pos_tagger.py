# expect: crash
"""
Train a Stanza-flavoured POS tagger (char BiLSTM + word BiLSTM + biaffine-free
softmax heads for UPOS/XPOS/UFeats) on synthetic CoNLL-U-like data.

Usage (all options have defaults, the script runs with no arguments):
    python long_stanza_pos_tagger.py --max_steps 6 --eval_interval 3 --self_train
"""
import argparse
import collections
import logging
import os
import random
import tempfile
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

logger = logging.getLogger("stanza.pos")

PAD, UNK, ROOT = "<PAD>", "<UNK>", "<ROOT>"
PAD_ID, UNK_ID = 0, 1

DEFAULT_CONFIG = {
    "word_emb_dim": 8,
    "char_emb_dim": 4,
    "char_hidden_dim": 4,
    "hidden_dim": 8,
    "num_layers": 1,
    "dropout": 0.33,
    "word_dropout": 0.1,
    "lr": 3e-3,
    "beta2": 0.95,
    "max_grad_norm": 1.0,
    "batch_size": 4,
    "max_steps": 6,
    "eval_interval": 3,
    "self_train": True,
    "self_train_threshold": 0.0,
    "seed": 1234,
}


# --------------------------------------------------------------------------- #
# data
# --------------------------------------------------------------------------- #
def synth_conllu(n_sent=12, seed=0):
    rng = random.Random(seed)
    words = ["the", "cat", "dog", "sat", "ran", "on", "a", "mat", "fast", "big", "red", "and"]
    upos = ["DET", "NOUN", "NOUN", "VERB", "VERB", "ADP", "DET", "NOUN", "ADV", "ADJ", "ADJ", "CCONJ"]
    sents = []
    for _ in range(n_sent):
        length = rng.randint(3, 7)
        sent = []
        for _ in range(length):
            i = rng.randrange(len(words))
            feats = "Number=Sing" if upos[i] == "NOUN" else "_"
            sent.append({"text": words[i], "upos": upos[i], "xpos": upos[i][:2], "feats": feats})
        sents.append(sent)
    return sents


def write_conllu(sents, path):
    with open(path, "w") as f:
        for s in sents:
            for i, tok in enumerate(s, 1):
                f.write(f"{i}\t{tok['text']}\t_\t{tok['upos']}\t{tok['xpos']}\t{tok['feats']}\t_\t_\t_\t_\n")
            f.write("\n")


def read_conllu(path):
    sents, cur = [], []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            cols = line.split("\t")
            cur.append({"text": cols[1], "upos": cols[3], "xpos": cols[4], "feats": cols[5]})
    if cur:
        sents.append(cur)
    return sents


class Vocab:
    def __init__(self, items, lower=False):
        self.lower = lower
        counter = collections.Counter(x.lower() if lower else x for x in items)
        self._id2unit = [PAD, UNK] + sorted(counter)
        self._unit2id = {u: i for i, u in enumerate(self._id2unit)}

    def unit2id(self, u):
        u = u.lower() if self.lower else u
        return self._unit2id.get(u, UNK_ID)

    def id2unit(self, i):
        return self._id2unit[i]

    def map(self, units):
        return [self.unit2id(u) for u in units]

    def __len__(self):
        return len(self._id2unit)


def build_vocab(sents):
    words = [t["text"] for s in sents for t in s]
    return {
        "char": Vocab([c for w in words for c in w]),
        "word": Vocab(words, lower=True),
        "upos": Vocab([t["upos"] for s in sents for t in s]),
        "xpos": Vocab([t["xpos"] for s in sents for t in s]),
        "feats": Vocab([t["feats"] for s in sents for t in s]),
    }


class DataLoader:
    def __init__(self, sents, batch_size, vocab, evaluation=False):
        self.sents, self.batch_size, self.vocab, self.evaluation = sents, batch_size, vocab, evaluation
        self.data = [self._encode(s) for s in sents]

    def _encode(self, sent):
        v = self.vocab
        return {
            "words": v["word"].map([t["text"] for t in sent]),
            "chars": [v["char"].map(list(t["text"])) for t in sent],
            "upos": v["upos"].map([t["upos"] for t in sent]),
            "xpos": v["xpos"].map([t["xpos"] for t in sent]),
            "feats": v["feats"].map([t["feats"] for t in sent]),
        }

    def __len__(self):
        return (len(self.data) + self.batch_size - 1) // self.batch_size

    def __iter__(self):
        order = list(range(len(self.data)))
        if not self.evaluation:
            random.shuffle(order)
        for i in range(0, len(order), self.batch_size):
            yield self._collate([self.data[j] for j in order[i:i + self.batch_size]])

    @staticmethod
    def _pad(seqs, length):
        return torch.tensor([s + [PAD_ID] * (length - len(s)) for s in seqs], dtype=torch.long)

    def _collate(self, batch):
        T = max(len(b["words"]) for b in batch)
        C = max(len(c) for b in batch for c in b["chars"])
        chars = torch.zeros(len(batch), T, C, dtype=torch.long)
        for i, b in enumerate(batch):
            for j, c in enumerate(b["chars"]):
                chars[i, j, :len(c)] = torch.tensor(c)
        out = {k: self._pad([b[k] for b in batch], T) for k in ("words", "upos", "xpos", "feats")}
        out["chars"] = chars
        out["mask"] = out["words"] != PAD_ID
        return out


# --------------------------------------------------------------------------- #
# model
# --------------------------------------------------------------------------- #
class CharacterModel(nn.Module):
    def __init__(self, n_chars, emb_dim, hidden_dim):
        super().__init__()
        self.char_emb = nn.Embedding(n_chars, emb_dim, padding_idx=PAD_ID)
        self.charlstm = nn.LSTM(emb_dim, hidden_dim, batch_first=True, bidirectional=True)

    def forward(self, chars):
        B, T, C = chars.shape
        _, (h, _) = self.charlstm(self.char_emb(chars.view(B * T, C)))
        return h.transpose(0, 1).reshape(B, T, -1)


class WordDropout(nn.Module):
    def __init__(self, p):
        super().__init__()
        self.p = p

    def forward(self, x):
        if not self.training or self.p == 0:
            return x
        keep = (torch.rand(x.shape[:-1] + (1,)) > self.p).float()
        return x * keep


class Tagger(nn.Module):
    def __init__(self, cfg, vocab):
        super().__init__()
        self.cfg = cfg
        self.word_emb = nn.Embedding(len(vocab["word"]), cfg["word_emb_dim"], padding_idx=PAD_ID)
        self.charmodel = CharacterModel(len(vocab["char"]), cfg["char_emb_dim"], cfg["char_hidden_dim"])
        in_dim = cfg["word_emb_dim"] + 2 * cfg["char_hidden_dim"]
        self.taggerlstm = nn.LSTM(in_dim, cfg["hidden_dim"], num_layers=cfg["num_layers"], batch_first=True,
                                  bidirectional=True)
        self.drop = nn.Dropout(cfg["dropout"])
        self.worddrop = WordDropout(cfg["word_dropout"])
        self.upos_clf = nn.Linear(2 * cfg["hidden_dim"], len(vocab["upos"]))
        self.xpos_clf = nn.Linear(2 * cfg["hidden_dim"], len(vocab["xpos"]))
        self.feats_clf = nn.Linear(2 * cfg["hidden_dim"], len(vocab["feats"]))

    def forward(self, batch):
        x = torch.cat([self.word_emb(batch["words"]), self.charmodel(batch["chars"])], -1)
        h = self.drop(self.taggerlstm(self.worddrop(self.drop(x)))[0])
        logits = {"upos": self.upos_clf(h), "xpos": self.xpos_clf(h), "feats": self.feats_clf(h)}
        mask = batch["mask"]
        loss = 0.0
        for k, lg in logits.items():
            if k in batch:
                loss = loss + F.cross_entropy(lg[mask], batch[k][mask])
        return loss, {k: lg.argmax(-1) for k, lg in logits.items()}


# --------------------------------------------------------------------------- #
# trainer
# --------------------------------------------------------------------------- #
class Trainer:
    def __init__(self, cfg, vocab):
        self.cfg, self.vocab = cfg, vocab
        self.model = Tagger(cfg, vocab)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=cfg["lr"], betas=(0.9, cfg["beta2"]))

    def update(self, batch, eval=False):
        if eval:
            self.model.eval()
        else:
            self.model.train()
            self.optimizer.zero_grad()
        loss, _ = self.model(batch)
        if eval:
            return loss.item()
        loss.backward()
        nn.utils.clip_grad_norm_(self.model.parameters(), self.cfg["max_grad_norm"])
        self.optimizer.step()
        return loss.item()

    def predict(self, batch):
        self.model.eval()
        with torch.no_grad():
            _, preds = self.model(batch)
        return preds

    def update_pseudo(self, batch, preds):
        """Self-training on confidently tagged dev sentences (labels = own predictions)."""
        pseudo = dict(batch)
        pseudo.update(preds)
        self.optimizer.zero_grad()
        loss, _ = self.model(pseudo)
        (0.5 * loss).backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def save(self, path):
        torch.save({"model": self.model.state_dict(), "config": self.cfg}, path)

    def load(self, path):
        ckpt = torch.load(path, weights_only=False)
        self.model.load_state_dict(ckpt["model"])


# --------------------------------------------------------------------------- #
# scoring
# --------------------------------------------------------------------------- #
def score(gold_batches, pred_batches):
    correct = collections.Counter()
    total = 0
    for gold, pred in zip(gold_batches, pred_batches):
        m = gold["mask"]
        total += m.sum().item()
        for k in ("upos", "xpos", "feats"):
            correct[k] += (pred[k][m] == gold[k][m]).sum().item()
    return {k: correct[k] / max(total, 1) for k in ("upos", "xpos", "feats")}


def evaluate(trainer, dev_loader):
    gold, pred = [], []
    for batch in dev_loader:
        gold.append(batch)
        pred.append(trainer.predict(batch))
    return score(gold, pred), gold, pred


def format_metrics(m):
    return " ".join(f"{k}={v:.3f}" for k, v in sorted(m.items()))


# --------------------------------------------------------------------------- #
# main
# --------------------------------------------------------------------------- #
def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--train_file", default=None)
    p.add_argument("--eval_file", default=None)
    p.add_argument("--save_dir", default=None)
    p.add_argument("--max_steps", type=int, default=DEFAULT_CONFIG["max_steps"])
    p.add_argument("--eval_interval", type=int, default=DEFAULT_CONFIG["eval_interval"])
    p.add_argument("--batch_size", type=int, default=DEFAULT_CONFIG["batch_size"])
    p.add_argument("--lr", type=float, default=DEFAULT_CONFIG["lr"])
    p.add_argument("--self_train", action="store_true", default=DEFAULT_CONFIG["self_train"])
    p.add_argument("--no_self_train", dest="self_train", action="store_false")
    p.add_argument("--seed", type=int, default=DEFAULT_CONFIG["seed"])
    p.add_argument("--log_level", default="INFO")
    return p.parse_args(argv)


def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def train(args, cfg):
    tmp = tempfile.mkdtemp(prefix="pos_")
    train_file = args.train_file or os.path.join(tmp, "train.conllu")
    eval_file = args.eval_file or os.path.join(tmp, "dev.conllu")
    if args.train_file is None:
        write_conllu(synth_conllu(12, seed=1), train_file)
    if args.eval_file is None:
        write_conllu(synth_conllu(6, seed=2), eval_file)
    train_sents, dev_sents = read_conllu(train_file), read_conllu(eval_file)
    vocab = build_vocab(train_sents)
    logger.info("train %d sents, dev %d sents, %d words", len(train_sents), len(dev_sents), len(vocab["word"]))
    train_loader = DataLoader(train_sents, cfg["batch_size"], vocab)
    dev_loader = DataLoader(dev_sents, cfg["batch_size"], vocab, evaluation=True)

    trainer = Trainer(cfg, vocab)
    model_file = os.path.join(args.save_dir or tmp, "pos.pt")
    global_step, best, history = 0, 0.0, []
    t0 = time.time()
    try:
        while global_step < cfg["max_steps"]:
            for batch in train_loader:
                global_step += 1
                loss = trainer.update(batch)
                if global_step % 2 == 0:
                    logger.info("step %d loss %.4f (%.2fs)", global_step, loss, time.time() - t0)
                if global_step % cfg["eval_interval"] == 0:
                    metrics, gold, preds = evaluate(trainer, dev_loader)
                    logger.info("dev step %d %s", global_step, format_metrics(metrics))
                    history.append(metrics["upos"])
                    if metrics["upos"] >= best:
                        best = metrics["upos"]
                        trainer.save(model_file)
                    if cfg["self_train"] and metrics["upos"] >= cfg["self_train_threshold"]:
                        for g, p in zip(gold, preds):
                            trainer.update_pseudo(g, p)
                if global_step >= cfg["max_steps"]:
                    break
    finally:
        for f in (train_file, eval_file, model_file):
            if os.path.exists(f):
                os.remove(f)
        os.rmdir(tmp)
    logger.info("best dev upos %.3f", best)
    return best, history


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=getattr(logging, args.log_level), format="%(asctime)s %(levelname)s %(message)s")
    cfg = dict(DEFAULT_CONFIG)
    cfg.update(max_steps=args.max_steps, eval_interval=args.eval_interval, batch_size=args.batch_size,
               lr=args.lr, self_train=args.self_train, seed=args.seed)
    set_seed(cfg["seed"])
    best, history = train(args, cfg)
    print("best", best, "history", history)


if __name__ == "__main__":
    main()
