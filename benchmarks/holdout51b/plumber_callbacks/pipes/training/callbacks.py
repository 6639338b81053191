import copy

import torch
import torch.nn.functional as F


class Callback:
    order = 50

    def on_fit_start(self, loop): pass
    def on_batch_start(self, loop, x): pass
    def on_batch_end(self, loop): pass
    def on_epoch_end(self, loop, epoch): pass


class EMATeacher(Callback):
    order = 0

    def __init__(self, decay=0.9):
        self.decay = decay
        self.teacher = None

    def on_fit_start(self, loop):
        self.teacher = copy.deepcopy(loop.model).eval()
        for p in self.teacher.parameters():
            p.requires_grad_(False)

    def on_batch_start(self, loop, x):
        with torch.no_grad():
            loop.teacher_logits = self.teacher(x + 0.05 * torch.randn_like(x))

    def on_batch_end(self, loop):
        with torch.no_grad():
            for t, s in zip(self.teacher.parameters(), loop.model.parameters()):
                t.mul_(self.decay).add_(s, alpha=1 - self.decay)


class Validator(Callback):
    order = 20

    def __init__(self, val_batches):
        self.val_batches = val_batches

    def on_epoch_end(self, loop, epoch):
        loop.model.eval()
        with torch.no_grad():
            accs = [(loop.model(x).argmax(-1) == y).float().mean().item() for x, y in self.val_batches]
        loop.state.setdefault("val_acc", []).append(sum(accs) / len(accs))


class SaliencyLogger(Callback):
    """Logs mean |d loss / d input| per sensor on the first training batch."""
    order = 10

    def on_epoch_end(self, loop, epoch):
        x, y = loop.batches[0]
        x = x.clone().requires_grad_(True)
        loss = F.cross_entropy(loop.model(x), y)
        (g,) = torch.autograd.grad(loss, x)
        loop.state.setdefault("saliency", []).append(g.abs().mean(dim=(0, 1)).tolist())
