import torch
from torch.nn import functional as F


class AdapterRunner:
    def __init__(self, model, lr=1e-3, epochs=2):
        self.model = model
        self.epochs = epochs
        self.model.backbone.requires_grad_(False)
        trainable = [p for p in model.parameters() if p.requires_grad]
        self.opt = torch.optim.Adam(trainable, lr=lr)

    def _set_modes(self):
        self.model.train()
        # the pretrained encoder keeps its statistics and no dropout noise
        self.model.backbone.eval()

    def run(self, train, val):
        x, y = train
        vx, vy = val
        for epoch in range(self.epochs):
            self._set_modes()
            logits = self.model(x)
            loss = F.binary_cross_entropy_with_logits(logits, y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            with torch.no_grad():
                self.model.eval()
                vloss = F.binary_cross_entropy_with_logits(self.model(vx), vy).item()
            yield f"epoch {epoch} train {loss.item():.4f} val {vloss:.4f}"
