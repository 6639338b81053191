import torch
import torch.nn.functional as F


class Loop:
    def __init__(self, model, callbacks, lr):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.AdamW(model.parameters(), lr=lr)
        self.epoch = 0
        self.batch_idx = 0
        self.last_loss = None

    def call(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def fit(self, batches, epochs):
        self.call("on_fit_start")
        for self.epoch in range(epochs):
            self.call("on_epoch_start")
            for self.batch_idx, (x, y) in enumerate(batches):
                self.call("on_batch_start")
                self.opt.zero_grad()
                loss = F.smooth_l1_loss(self.model(x), y)
                loss.backward()
                self.opt.step()
                self.last_loss = loss.item()
                self.call("on_batch_end")
            self.call("on_epoch_end")
        self.call("on_fit_end")
