import torch
from torch.nn import functional as F


class PhaseEngine:
    """Runs the phases listed in a config dict, in order, by name."""

    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.temperature = torch.ones(())
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg.get("lr", 1e-2))
        self.log = []

    def _apply_mode(self, phase_cfg):
        mode = phase_cfg.get("mode")
        if mode == "train":
            self.model.train()
        elif mode == "eval":
            self.model.eval()
        # no "mode" key: keep whatever the previous phase left

    def run(self, data):
        for name in self.cfg["order"]:
            phase_cfg = self.cfg["phases"][name]
            self._apply_mode(phase_cfg)
            getattr(self, "phase_" + phase_cfg["kind"])(name, phase_cfg, data[phase_cfg["split"]])
        return self.log

    def phase_fit(self, name, pc, batches):
        for _ in range(pc.get("epochs", 1)):
            for x, y in batches:
                loss = F.cross_entropy(self.model(x) / self.temperature, y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
                self.log.append((name, round(loss.item(), 4)))

    def phase_calibrate(self, name, pc, batches):
        with torch.no_grad():
            logits = torch.cat([self.model(x) for x, _ in batches])
            labels = torch.cat([y for _, y in batches])
        log_t = torch.zeros((), requires_grad=True)
        opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=pc.get("iters", 20))

        def closure():
            opt.zero_grad()
            nll = F.cross_entropy(logits / log_t.exp(), labels)
            nll.backward()
            return nll

        opt.step(closure)
        self.temperature = log_t.detach().exp()
        self.log.append((name, round(self.temperature.item(), 4)))
