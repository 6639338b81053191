"""Small trainer with hooks, shared between the lime-burners' notebooks."""
import logging
import torch
import torch.nn.functional as F

log = logging.getLogger("kiln")


class KilnTrainer:
    def __init__(self, model, lr=3e-3, val_every=1):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.val_every = val_every
        self.history = []

    # hooks -----------------------------------------------------------
    def on_epoch_end(self, epoch, val_data):
        if val_data is not None and (epoch + 1) % self.val_every == 0:
            self.history.append(self.validate(*val_data))

    def on_fit_end(self):
        pass

    # loops -----------------------------------------------------------
    def training_step(self, xb, yb):
        self.opt.zero_grad()
        loss = F.cross_entropy(self.model(xb), yb)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, x, y, epochs=2, bs=4, val_data=None):
        self.model.train()
        for epoch in range(epochs):
            losses = [self.training_step(x[i:i + bs], y[i:i + bs]) for i in range(0, len(x), bs)]
            log.info("epoch %d loss %.4f", epoch, sum(losses) / len(losses))
            self.on_epoch_end(epoch, val_data)
        self.on_fit_end()
        return self

    @torch.no_grad()
    def validate(self, x, y):
        self.model.eval()
        acc = (self.model(x).argmax(-1) == y).float().mean().item()
        log.info("val acc %.3f", acc)
        return acc
