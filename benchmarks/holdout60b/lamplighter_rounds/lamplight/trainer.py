import torch
import torch.nn.functional as F


class Trainer:
    def __init__(self, model, callbacks=(), lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.callbacks = sorted(callbacks, key=lambda cb: cb.order)

    def fit(self, batches, epochs=3):
        for epoch in range(epochs):
            self.model.train()
            for x, y in batches:
                loss = F.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            for cb in self.callbacks:
                cb.on_epoch_end(self, epoch)
            print(f"epoch {epoch} loss {loss.item():.4f}")
