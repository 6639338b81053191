class SaliencyReport:
    """Gradient of the prediction w.r.t. the input, with the dropout head off.

    The recurrent encoder is put back into training mode so that its gradient
    path is the same as during fitting; only the head's dropout is disabled.
    """

    def __init__(self, every=1):
        self.every = every

    def on_epoch_end(self, trainer):
        if trainer.epoch % self.every:
            return
        model = trainer.model
        model.eval()
        model.encoder.train()
        x, _ = trainer.probe_set
        x = x.clone().requires_grad_(True)
        model(x).sum().backward()
        peaks = x.grad.abs().sum(-1).argmax(1).tolist()
        trainer.artifacts["saliency_peaks"] = peaks
        model.zero_grad(set_to_none=True)
        model.train()
