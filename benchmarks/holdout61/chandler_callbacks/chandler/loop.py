import torch


class Loop:
    def __init__(self, model, opt, callbacks):
        self.model = model
        self.opt = opt
        self.callbacks = sorted(callbacks, key=lambda c: c.order)
        self.losses = []
        self.epoch = 0

    def fire(self, hook):
        for cb in self.callbacks:
            getattr(cb, hook)(self)

    def fit(self, data, epochs):
        self.model.train()
        self.fire("on_fit_start")
        for self.epoch in range(epochs):
            self.fire("on_epoch_start")
            for x, y in data:
                self.opt.zero_grad()
                loss = torch.nn.functional.l1_loss(self.model(x), y)
                loss.backward()  # TM001-here
                self.opt.step()
                self.losses.append(loss.item())
                self.fire("on_batch_end")
            self.fire("on_epoch_end")
