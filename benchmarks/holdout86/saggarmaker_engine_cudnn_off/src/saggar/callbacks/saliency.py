import torch


class SaliencyLogger:
    """After validation, log |d logit / d input| averaged over time for the first val batch.

    cuDNN is switched off for the saliency forward so the eval-mode RNN can be differentiated.
    """

    def __init__(self):
        self.maps = []

    def on_validation_end(self, engine, batch):
        x, y = batch
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            logits = engine.model(x)
        picked = logits.gather(1, y[:, None]).sum()
        picked.backward()
        self.maps.append(x.grad.abs().mean(dim=(0, 1)))
        engine.model.zero_grad()
