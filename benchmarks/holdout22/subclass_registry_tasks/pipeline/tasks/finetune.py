import torch
import torch.nn.functional as F

from ..core import Task


class Finetune(Task, order=20):
    """Ward-specific fine-tune with the calibrated temperature."""

    def run(self, ctx):
        opt = torch.optim.Adam(ctx.model.parameters(), lr=1e-4)
        x, y = torch.randn(6, 8, 4), torch.randint(0, 2, (6,)).float()
        loss = F.binary_cross_entropy_with_logits(ctx.model(x) / ctx.temperature, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        ctx.log["finetune"] = float(loss)
