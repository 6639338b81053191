import torch


class SaliencyLogger:
    """Logs mean |d logit / d embedding| per token position after validation."""

    def __init__(self, probe_batch):
        self.probe_batch = probe_batch
        self.records = []

    def on_validation_end(self, trainer, pl_module):
        tokens, labels = self.probe_batch
        emb = pl_module.embed(tokens).detach().requires_grad_(True)
        logits = pl_module.forward_embedded(emb)
        score = logits.gather(1, labels[:, None]).sum()
        score.backward()  # TM001-here
        self.records.append((trainer.current_epoch, emb.grad.abs().mean(dim=(0, 2)).tolist()))
        pl_module.zero_grad()
