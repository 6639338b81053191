import torch


class Trainer:
    def __init__(self, model, callbacks, lr=1e-3):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []
        self.dev = None

    def _emit(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def fit(self, data, dev=None, epochs=1):
        self.dev = dev
        self.model.train()
        self._emit("on_fit_start")
        for epoch in range(epochs):
            loss = self.model.loss(data)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            self.history.append({"epoch": epoch, "loss": loss.item()})
            self._emit("on_epoch_end", epoch)
        return self.history
