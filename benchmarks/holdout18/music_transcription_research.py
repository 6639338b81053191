# expect: crash
"""
Onsets-and-frames style piano transcription (toy scale).

Two BiLSTM stacks over a log-mel spectrogram predict note onsets and active frames; the frame stack is
conditioned on the onset predictions. The script trains on synthetic piano rolls, validates at a fixed step
interval with note-level metrics, keeps a running-average loss curve and writes a JSON report.
"""
import argparse
import json
import logging
import math
import os
import random
import sys
import tempfile
import time
from collections import OrderedDict

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("transcribe")

DEFAULTS = OrderedDict(
    seed=80,
    n_mels=10,
    n_keys=6,
    frames=16,
    hidden=8,
    batch=4,
    train_clips=12,
    val_clips=4,
    steps=9,
    validate_every=3,
    lr=6e-4,
    lr_decay=0.98,
    onset_weight=1.0,
    frame_weight=1.0,
    threshold=0.5,
    clip_grad=3.0,
)


# ------------------------------------------------------------------------------------------------
# command line
# ------------------------------------------------------------------------------------------------
def build_parser():
    p = argparse.ArgumentParser(description="toy onsets-and-frames")
    for key, val in DEFAULTS.items():
        p.add_argument("--" + key.replace("_", "-"), type=type(val), default=val)
    p.add_argument("--report", default=None, help="where to write the JSON report (default: temp file)")
    p.add_argument("-v", "--verbose", action="store_true")
    return p


def configure_logging(verbose):
    logging.basicConfig(stream=sys.stdout, level=logging.DEBUG if verbose else logging.INFO,
                        format="[%(levelname)s] %(message)s")


# ------------------------------------------------------------------------------------------------
# synthetic data
# ------------------------------------------------------------------------------------------------
def random_roll(cfg):
    roll = torch.zeros(cfg.frames, cfg.n_keys)
    onsets = torch.zeros_like(roll)
    for key in range(cfg.n_keys):
        t = 0
        while t < cfg.frames:
            if random.random() < 0.25:
                dur = random.randint(1, 4)
                roll[t:t + dur, key] = 1
                onsets[t, key] = 1
                t += dur + 1
            else:
                t += 1
    return roll, onsets


def render_mel(roll, cfg):
    basis = torch.rand(cfg.n_keys, cfg.n_mels)
    mel = roll @ basis + 0.05 * torch.randn(cfg.frames, cfg.n_mels)
    return torch.log1p(mel.clamp_min(0))


def make_dataset(n, cfg):
    clips = []
    for _ in range(n):
        roll, onsets = random_roll(cfg)
        clips.append((render_mel(roll, cfg), roll, onsets))
    mel = torch.stack([c[0] for c in clips])
    return mel, torch.stack([c[1] for c in clips]), torch.stack([c[2] for c in clips])


def iterate_minibatches(data, batch, shuffle=True):
    idx = list(range(len(data[0])))
    if shuffle:
        random.shuffle(idx)
    for i in range(0, len(idx), batch):
        j = torch.tensor(idx[i:i + batch])
        yield tuple(d[j] for d in data)


def infinite(data, batch):
    while True:
        yield from iterate_minibatches(data, batch)


# ------------------------------------------------------------------------------------------------
# model
# ------------------------------------------------------------------------------------------------
class AcousticStack(nn.Module):
    def __init__(self, n_in, hidden, n_out):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(n_in, hidden, 3, padding=1), nn.ReLU())
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_out)

    def forward(self, mel):
        h = self.conv(mel.transpose(1, 2)).transpose(1, 2)
        return self.fc(self.lstm(h)[0])


class OnsetsAndFrames(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.onset_stack = AcousticStack(cfg.n_mels, cfg.hidden, cfg.n_keys)
        self.frame_stack = AcousticStack(cfg.n_mels, cfg.hidden, cfg.n_keys)
        self.combined = nn.LSTM(2 * cfg.n_keys, cfg.hidden, batch_first=True, bidirectional=True)
        self.frame_out = nn.Linear(2 * cfg.hidden, cfg.n_keys)

    def forward(self, mel):
        onset_logits = self.onset_stack(mel)
        frame_feat = self.frame_stack(mel)
        comb = torch.cat([torch.sigmoid(onset_logits).detach(), torch.sigmoid(frame_feat)], -1)
        frame_logits = self.frame_out(self.combined(comb)[0])
        return onset_logits, frame_logits


def n_parameters(model):
    return sum(p.numel() for p in model.parameters())


# ------------------------------------------------------------------------------------------------
# metrics
# ------------------------------------------------------------------------------------------------
def precision_recall_f1(pred, gold):
    tp = (pred * gold).sum().item()
    fp = (pred * (1 - gold)).sum().item()
    fn = ((1 - pred) * gold).sum().item()
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def extract_notes(onset_pred, frame_pred):
    notes = []
    T, K = frame_pred.shape
    for k in range(K):
        t = 0
        while t < T:
            if onset_pred[t, k]:
                end = t + 1
                while end < T and frame_pred[end, k]:
                    end += 1
                notes.append((k, t, end))
                t = end
            else:
                t += 1
    return notes


def note_f1(pred_notes, gold_notes, tol=1):
    matched, used = 0, set()
    for k, s, _ in pred_notes:
        for i, (gk, gs, _) in enumerate(gold_notes):
            if i not in used and gk == k and abs(gs - s) <= tol:
                matched += 1
                used.add(i)
                break
    p = matched / len(pred_notes) if pred_notes else 0.0
    r = matched / len(gold_notes) if gold_notes else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


class RunningAverage:
    def __init__(self, beta=0.9):
        self.beta, self.value, self.n = beta, 0.0, 0

    def __call__(self, x):
        self.n += 1
        self.value = self.beta * self.value + (1 - self.beta) * x
        return self.value / (1 - self.beta ** self.n)


# ------------------------------------------------------------------------------------------------
# validation
# ------------------------------------------------------------------------------------------------
class Validating:
    """Run validation in eval mode and put the model back the way it was."""

    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.prev = self.model.eval().training
        return self

    def __exit__(self, *exc):
        self.model.train(self.prev)
        return False


@torch.no_grad()
def validate(model, data, cfg):
    onset_f, frame_f, notes_f = [], [], []
    with Validating(model):
        for mel, roll, onsets in iterate_minibatches(data, cfg.batch, shuffle=False):
            o_logits, f_logits = model(mel)
            o_pred = (torch.sigmoid(o_logits) > cfg.threshold).float()
            f_pred = (torch.sigmoid(f_logits) > cfg.threshold).float()
            onset_f.append(precision_recall_f1(o_pred, onsets)[2])
            frame_f.append(precision_recall_f1(f_pred, roll)[2])
            for b in range(mel.shape[0]):
                notes_f.append(note_f1(extract_notes(o_pred[b], f_pred[b]), extract_notes(onsets[b], roll[b])))
    mean = lambda xs: sum(xs) / max(len(xs), 1)
    return {"onset_f1": mean(onset_f), "frame_f1": mean(frame_f), "note_f1": mean(notes_f)}


# ------------------------------------------------------------------------------------------------
# training
# ------------------------------------------------------------------------------------------------
def compute_loss(model, batch, cfg):
    mel, roll, onsets = batch
    o_logits, f_logits = model(mel)
    l_on = F.binary_cross_entropy_with_logits(o_logits, onsets)
    l_fr = F.binary_cross_entropy_with_logits(f_logits, roll)
    return cfg.onset_weight * l_on + cfg.frame_weight * l_fr, {"onset": l_on.item(), "frame": l_fr.item()}


def train_step(model, optimizer, batch, cfg):
    optimizer.zero_grad()
    loss, parts = compute_loss(model, batch, cfg)
    loss.backward()  # TM001-here
    total_norm = nn.utils.clip_grad_norm_(model.parameters(), cfg.clip_grad)
    optimizer.step()
    parts["grad_norm"] = float(total_norm)
    return loss.item(), parts


def train(model, train_data, val_data, cfg):
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg.lr)
    scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, cfg.lr_decay)
    smooth = RunningAverage()
    curve, evals = [], []
    batches = infinite(train_data, cfg.batch)
    model.train()
    t0 = time.time()
    for step in range(1, cfg.steps + 1):
        loss, parts = train_step(model, optimizer, next(batches), cfg)
        scheduler.step()
        curve.append(smooth(loss))
        log.debug("step %d loss %.4f parts %s", step, loss, parts)
        if step % cfg.validate_every == 0:
            metrics = validate(model, val_data, cfg)
            metrics["step"] = step
            evals.append(metrics)
            log.info("step %d | loss %.4f | onset %.3f frame %.3f note %.3f", step, curve[-1],
                     metrics["onset_f1"], metrics["frame_f1"], metrics["note_f1"])
    return {"curve": curve, "evals": evals, "seconds": time.time() - t0}


def write_report(result, cfg, path):
    payload = {"config": vars(cfg), "final_loss": result["curve"][-1], "evals": result["evals"]}
    with open(path, "w") as fh:
        json.dump(payload, fh, indent=2)
    log.info("report written (%d bytes)", os.path.getsize(path))


def main(argv=None):
    cfg = build_parser().parse_args(argv)
    configure_logging(cfg.verbose)
    random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    train_data = make_dataset(cfg.train_clips, cfg)
    val_data = make_dataset(cfg.val_clips, cfg)
    model = OnsetsAndFrames(cfg)
    log.info("model has %d parameters", n_parameters(model))
    result = train(model, train_data, val_data, cfg)
    fd, path = tempfile.mkstemp(suffix=".json") if cfg.report is None else (None, cfg.report)
    if fd is not None:
        os.close(fd)
    try:
        write_report(result, cfg, path)
    finally:
        if cfg.report is None:
            os.remove(path)
    log.info("done in %.1fs, final smoothed loss %.4f, log-ppl-ish %.3f", result["seconds"], result["curve"][-1],
             math.log(max(result["curve"][-1], 1e-8)))


if __name__ == "__main__":
    main([])
