import torch
import torch.nn as nn


def _batches(cfg, n, labelled=False, n_cls=3):
    d = cfg["data"]
    for _ in range(n):
        x = torch.randn(d["batch"], d["steps"], cfg["model"]["n_in"])
        yield (x, torch.randint(0, n_cls, (d["batch"],))) if labelled else x


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg

    def pretrain(self):
        c = self.cfg["pretrain"]
        opt = torch.optim.Adam(self.model.parameters(), lr=c["lr"])
        self.model.train()
        for ep in range(c["epochs"]):
            for x in _batches(self.cfg, c["batches"]):
                opt.zero_grad()
                loss = self.model.infonce(x)
                loss.backward()
                opt.step()
            print(f"[pretrain] epoch {ep} nce {loss.item():.3f}")

    def _freeze_for_probe(self):
        pc = self.cfg["probe"]
        self.model.eval()  # deterministic features for the probe
        for p in self.model.parameters():
            p.requires_grad_(False)
        if pc["tune_stem"]:
            self.model.stem.requires_grad_(True)

    def probe(self):
        pc = self.cfg["probe"]
        self._freeze_for_probe()
        head = nn.Linear(self.cfg["model"]["hidden"], pc["n_cls"])
        params = list(head.parameters()) + [p for p in self.model.parameters() if p.requires_grad]
        opt = torch.optim.SGD(params, lr=pc["lr"])
        correct = total = 0
        for ep in range(pc["epochs"]):
            for x, y in _batches(self.cfg, 3, labelled=True, n_cls=pc["n_cls"]):
                _, c = self.model.encode(x)
                logits = head(c[:, -1])
                loss = nn.functional.cross_entropy(logits, y)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
                correct += (logits.argmax(-1) == y).sum().item()
                total += y.numel()
        return correct / max(total, 1)
