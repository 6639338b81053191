import torch
import torch.nn.functional as F


class Loop:
    def __init__(self, model, batches, callbacks=(), lr=1e-2, consistency=0.5):
        self.model = model
        self.batches = batches
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.consistency = consistency
        self.callbacks = sorted(callbacks, key=lambda c: c.order)
        self.teacher_logits = None
        self.state = {}

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def run(self, epochs):
        self._fire("on_fit_start")
        for epoch in range(epochs):
            self.model.train()
            for x, y in self.batches:
                self._fire("on_batch_start", x)
                logits = self.model(x)
                loss = F.cross_entropy(logits, y)
                if self.teacher_logits is not None:
                    loss = loss + self.consistency * F.mse_loss(logits.softmax(-1), self.teacher_logits.softmax(-1))
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self._fire("on_batch_end")
            self._fire("on_epoch_end", epoch)
        return self.state
