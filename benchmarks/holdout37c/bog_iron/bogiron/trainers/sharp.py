from ..curvature import top_eigenvalue
from .base import Trainer


class SharpnessAwareLogger(Trainer):
    """Logs the top Hessian eigenvalue after every epoch; halves the LR if it spikes."""

    def on_fit_start(self):
        self.sharpness = []

    def on_epoch_end(self, epoch, batches):
        lam = top_eigenvalue(self.model, batches[0])
        self.sharpness.append(lam)
        if lam > 2.0 / self.opt.param_groups[0]["lr"]:
            for g in self.opt.param_groups:
                g["lr"] *= 0.5
        print(f"epoch {epoch}: loss {self.history[-1]:.4f} sharpness {lam:.3f}")
