import torch

from quiller.engine import Trainer


class TestTimeTrainer(Trainer):
    """After validation, adapt the input layer on the unlabelled validation traces
    with a smoothness objective (test-time training)."""

    def on_validation_end(self, batches, stats):
        super().on_validation_end(batches, stats)
        adapt_opt = torch.optim.SGD(self.model.inp.parameters(), lr=self.cfg["ttt_lr"])
        for x, _ in batches:
            probs = self.model(x).softmax(-1)
            ent = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean()
            adapt_opt.zero_grad()
            ent.backward()  # TM001-here
            adapt_opt.step()
        stats["ttt_steps"] = len(batches)
