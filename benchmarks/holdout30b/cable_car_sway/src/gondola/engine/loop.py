import weakref

import torch
import torch.nn.functional as F


class SwayLoop:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self._callbacks = []

    def register(self, cb):
        ref = weakref.ref(cb, self._forget)
        self._callbacks.append(ref)

    def _forget(self, ref):
        self._callbacks.remove(ref)

    def n_alive(self):
        return sum(r() is not None for r in self._callbacks)

    def _fire(self, event, **kw):
        for ref in list(self._callbacks):
            cb = ref()
            if cb is not None:
                getattr(cb, event)(**kw)

    def run(self, data, epochs=2):
        x, y = data
        self.model.train()
        for epoch in range(epochs):
            for i in range(0, x.shape[0], 3):
                self.opt.zero_grad()
                loss = F.mse_loss(self.model(x[i : i + 3]), y[i : i + 3])
                loss.backward()  # TM001-here
                self.opt.step()
            self._fire("on_epoch_end", epoch=epoch, loss=loss.item())
