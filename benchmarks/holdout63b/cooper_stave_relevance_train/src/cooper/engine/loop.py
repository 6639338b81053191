import torch
import torch.nn.functional as F

from .phases import apply_phase


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["optim"]["lr"])
        g = torch.Generator().manual_seed(0)
        self.x = torch.randn(6, 9, cfg["model"]["n_in"], generator=g)
        self.y = torch.randn(6, generator=g)

    def fit(self):
        self.opt.zero_grad()
        loss = F.mse_loss(self.model(self.x), self.y)
        loss.backward()
        self.opt.step()
        return f"fit loss={loss.item():.4f}"

    def validate(self):
        return f"val mae={F.l1_loss(self.model(self.x), self.y).item():.4f}"

    def relevance(self):
        x = self.x.clone().requires_grad_(True)
        out = self.model(x).sum()
        out.backward()
        rel = (x.grad * x).sum(dim=(0, 1))
        return "relevance " + " ".join(f"{v:.3f}" for v in rel.tolist())

    def run(self):
        for name in self.cfg["schedule"]:
            ctx = apply_phase(self.model, self.cfg["phases"][name])
            with ctx:
                yield getattr(self, name)()
