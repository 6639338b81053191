import torch
import torch.nn.functional as F


def random_batch(n, n_in=5, t=8):
    return torch.randn(n, t, n_in), torch.randint(0, 3, (n,))


class Engine:
    def __init__(self, model, config):
        self.model = model
        self.cfg = config
        self.opt = torch.optim.Adam(model.parameters(), lr=config["optim"]["lr"])
        self.val_batch = random_batch(4)

    def run_phase(self, name):
        return getattr(self, f"_phase_{name}")()

    def _phase_fit(self):
        self.model.train()
        for _ in range(self.cfg["fit"]["steps"]):
            x, y = random_batch(self.cfg["fit"]["batch"])
            logits, rec = self.model(x)
            loss = F.cross_entropy(logits, y) + 0.1 * F.mse_loss(rec, x)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return round(loss.item(), 4)

    def _phase_validate(self):
        self.model.eval()
        x, y = self.val_batch
        with torch.no_grad():
            logits, _ = self.model(x)
        return round((logits.argmax(-1) == y).float().mean().item(), 3)

    def _phase_adapt(self):
        """Test-time training: a few reconstruction steps on the unlabelled validation inputs."""
        x, _ = self.val_batch
        opt = torch.optim.SGD(self.model.gru.parameters(), lr=self.cfg["adapt"]["lr"])
        for _ in range(self.cfg["adapt"]["steps"]):
            _, rec = self.model(x)
            loss = F.mse_loss(rec, x)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return round(loss.item(), 4)
