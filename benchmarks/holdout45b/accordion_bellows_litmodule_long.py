# expect: clean
"""Accordion bellows: detect air leaks from bellows-pressure traces.

A hand-written imitation of the LightningModule / Trainer split, because the
workshop machine cannot install Lightning. The module defines
``training_step``, ``validation_step``, ``configure_optimizers`` and a few
hooks; ``MiniTrainer`` drives them.

After each validation epoch the module draws a few "typical leaky traces" by
Langevin sampling on the classifier's logit (an energy view of the
classifier). That needs input gradients through the GRU while the model is in
eval mode, so the sampler runs with cuDNN switched off.
"""
import argparse
import contextlib
import json
import logging
import math
import os
import random
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG = logging.getLogger("bellows")

CONFIG = {
    "seed": 19,
    "n_train": 48,
    "n_val": 16,
    "seq_len": 12,
    "hidden": 10,
    "layers": 2,
    "dropout": 0.2,
    "lr": 4e-3,
    "max_epochs": 3,
    "batch_size": 8,
    "langevin": {"steps": 3, "step_size": 0.05, "noise": 0.01, "n_samples": 2},
    "log_every": 2,
}


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def pressure_trace(leaky, seq_len):
    t = torch.linspace(0, 2 * math.pi, seq_len)
    squeeze = torch.sin(t * random.uniform(0.8, 1.2)).unsqueeze(-1)
    drift = torch.zeros(seq_len, 1)
    if leaky:
        drift = -torch.linspace(0, random.uniform(0.3, 0.8), seq_len).unsqueeze(-1)
    fold_noise = 0.05 * torch.randn(seq_len, 1)
    return torch.cat([squeeze + drift + fold_noise, torch.cos(t).unsqueeze(-1)], dim=1)


def make_split(n, seq_len):
    labels = [random.random() < 0.4 for _ in range(n)]
    x = torch.stack([pressure_trace(l, seq_len) for l in labels])
    y = torch.tensor(labels, dtype=torch.long)
    return x, y


class Loader:
    def __init__(self, x, y, batch_size, shuffle):
        self.x, self.y = x, y
        self.batch_size = batch_size
        self.shuffle = shuffle

    def __iter__(self):
        idx = torch.randperm(len(self.x)) if self.shuffle else torch.arange(len(self.x))
        for i in range(0, len(idx), self.batch_size):
            j = idx[i:i + self.batch_size]
            yield self.x[j], self.y[j]

    def __len__(self):
        return math.ceil(len(self.x) / self.batch_size)


# ---------------------------------------------------------------------------
# a little LightningModule look-alike
# ---------------------------------------------------------------------------

class LitModuleBase(nn.Module):
    def __init__(self):
        super().__init__()
        self.logged = {}
        self.trainer = None

    def log(self, name, value):
        self.logged.setdefault(name, []).append(float(value))

    # hooks with default no-ops
    def on_train_epoch_start(self):
        pass

    def on_validation_epoch_end(self):
        pass

    def on_fit_end(self):
        pass

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError


class BellowsLeakModule(LitModuleBase):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        self.gru = nn.GRU(2, cfg["hidden"], num_layers=cfg["layers"], batch_first=True,
                          dropout=cfg["dropout"])
        self.drop = nn.Dropout(cfg["dropout"])
        self.cls = nn.Linear(cfg["hidden"], 2)
        self.samples = []
        self._val_outputs = []

    def forward(self, x):
        out, _ = self.gru(x)
        return self.cls(self.drop(out[:, -1]))

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        logits = self(x)
        self._val_outputs.append((logits.argmax(1) == y).float())
        self.log("val_loss", F.cross_entropy(logits, y).item())

    def configure_optimizers(self):
        opt = torch.optim.Adam(self.parameters(), lr=self.cfg["lr"])
        sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
        return opt, sched

    def on_validation_epoch_end(self):
        acc = torch.cat(self._val_outputs).mean().item()
        self._val_outputs.clear()
        self.log("val_acc", acc)
        self.samples.append(self.langevin_samples())

    def langevin_samples(self):
        """Sample traces that the classifier finds most 'leaky' (SGLD on -logit)."""
        lcfg = self.cfg["langevin"]
        was_training = self.training
        self.eval()
        x = torch.randn(lcfg["n_samples"], self.cfg["seq_len"], 2) * 0.5
        with torch.backends.cudnn.flags(enabled=False):
            for _ in range(lcfg["steps"]):
                x = x.detach().requires_grad_(True)
                energy = -self(x)[:, 1].sum()
                (gx,) = torch.autograd.grad(energy, x)
                x = x - lcfg["step_size"] * gx + lcfg["noise"] * torch.randn_like(x)
        self.train(was_training)
        return x.detach()


# ---------------------------------------------------------------------------
# the trainer
# ---------------------------------------------------------------------------

@contextlib.contextmanager
def eval_mode(module):
    was = module.training
    module.eval()
    try:
        yield
    finally:
        module.train(was)


class MiniTrainer:
    def __init__(self, max_epochs, log_every=1, ckpt_dir=None):
        self.max_epochs = max_epochs
        self.log_every = log_every
        self.ckpt_dir = ckpt_dir
        self.global_step = 0
        self.current_epoch = 0
        self.best_acc = -1.0
        self.best_path = None

    def _train_epoch(self, module, loader, opt):
        module.train()
        module.on_train_epoch_start()
        for batch_idx, batch in enumerate(loader):
            loss = module.training_step(batch, batch_idx)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(module.parameters(), 1.0)
            opt.step()
            self.global_step += 1
            if self.global_step % self.log_every == 0:
                LOG.debug("step %d loss %.4f", self.global_step, loss.item())

    def _val_epoch(self, module, loader):
        with eval_mode(module), torch.no_grad():
            for batch_idx, batch in enumerate(loader):
                module.validation_step(batch, batch_idx)
        module.on_validation_epoch_end()

    def _checkpoint(self, module):
        acc = module.logged["val_acc"][-1]
        if self.ckpt_dir and acc > self.best_acc:
            self.best_acc = acc
            self.best_path = os.path.join(self.ckpt_dir, f"epoch{self.current_epoch}.pt")
            torch.save(module.state_dict(), self.best_path)

    def fit(self, module, train_loader, val_loader):
        module.trainer = self
        opt, sched = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            self._train_epoch(module, train_loader, opt)
            self._val_epoch(module, val_loader)
            sched.step()
            self._checkpoint(module)
            LOG.info("epoch %d train_loss %.4f val_loss %.4f val_acc %.3f", epoch,
                     module.logged["train_loss"][-1], module.logged["val_loss"][-1],
                     module.logged["val_acc"][-1])
        module.on_fit_end()

    def predict(self, module, loader):
        out = []
        with eval_mode(module), torch.no_grad():
            for x, _ in loader:
                out.append(torch.softmax(module(x), -1)[:, 1])
        return torch.cat(out)


# ---------------------------------------------------------------------------
# metrics and reporting
# ---------------------------------------------------------------------------

def binary_report(prob, y, threshold=0.5):
    pred = (prob > threshold).long()
    tp = ((pred == 1) & (y == 1)).sum().item()
    fp = ((pred == 1) & (y == 0)).sum().item()
    fn = ((pred == 0) & (y == 1)).sum().item()
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-8)
    return {"precision": precision, "recall": recall, "f1": f1}


def summarise_samples(samples):
    last = samples[-1]
    return {"mean_drift": last[..., 0].mean().item(), "std": last.std().item()}


def describe_model(module):
    n_params = sum(p.numel() for p in module.parameters())
    n_rnn = sum(p.numel() for p in module.gru.parameters())
    return f"{type(module).__name__}: {n_params} parameters ({n_rnn} in the GRU)"


def parse_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--max-epochs", type=int, default=CONFIG["max_epochs"])
    p.add_argument("--hidden", type=int, default=CONFIG["hidden"])
    p.add_argument("--config-json", type=str, default=None, help="JSON overrides")
    p.add_argument("--debug", action="store_true")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s")
    cfg = dict(CONFIG, max_epochs=args.max_epochs, hidden=args.hidden)
    if args.config_json:
        cfg.update(json.loads(args.config_json))
    random.seed(cfg["seed"])
    torch.manual_seed(cfg["seed"])

    xtr, ytr = make_split(cfg["n_train"], cfg["seq_len"])
    xva, yva = make_split(cfg["n_val"], cfg["seq_len"])
    train_loader = Loader(xtr, ytr, cfg["batch_size"], shuffle=True)
    val_loader = Loader(xva, yva, cfg["batch_size"], shuffle=False)

    module = BellowsLeakModule(cfg)
    LOG.info(describe_model(module))
    with tempfile.TemporaryDirectory() as ckpt_dir:
        trainer = MiniTrainer(cfg["max_epochs"], cfg["log_every"], ckpt_dir)
        trainer.fit(module, train_loader, val_loader)
        if trainer.best_path:
            module.load_state_dict(torch.load(trainer.best_path))
            LOG.info("restored best checkpoint (acc %.3f)", trainer.best_acc)
    prob = trainer.predict(module, val_loader)
    LOG.info("report %s", binary_report(prob, yva))
    LOG.info("langevin samples %s", summarise_samples(module.samples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
