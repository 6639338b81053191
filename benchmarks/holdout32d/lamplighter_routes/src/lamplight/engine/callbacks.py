import torch

from ..utils.modes import evaluating


class PeriodicEval:
    """Evaluate every `every` optimisation steps, inside the batch loop."""

    def __init__(self, every, batches):
        self.every, self.batches = every, batches

    def on_batch_end(self, trainer):
        if trainer.state["step"] % self.every:
            return
        with evaluating(trainer.model):
            errs = [(trainer.model(x) - y).abs().mean().item() for x, y in self.batches()]
        trainer.state["evals"].append(round(sum(errs) / len(errs), 4))


class LossPrinter:
    def on_epoch_end(self, trainer):
        print(f"step {trainer.state['step']} loss {trainer.state['loss']:.4f}")
