import torch
import torch.nn.functional as F

from ..data import mode_stream, sample


class EvaluateMixin:
    def evaluate(self, n_batches=2):
        self.model.eval()
        hits = total = 0
        with torch.no_grad():
            for _ in range(n_batches):
                x, y = sample()
                hits += (self.model(x).argmax(-1) == y).sum().item()
                total += y.numel()
        return hits / total


class BaseTrainer:
    def __init__(self, model, lr):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)


class StreamTrainer(EvaluateMixin, BaseTrainer):
    def run(self, rounds):
        stream = mode_stream(self.model)
        last = None
        for phase, (x, y) in stream:
            if phase == "train":
                loss = F.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                last = loss.item()
            else:
                with torch.no_grad():
                    acc = (self.model(x).argmax(-1) == y).float().mean().item()
                # a fuller check between stream items; the stream calls train() again on resume
                acc = 0.5 * (acc + self.evaluate(1))
                yield last, acc
                rounds -= 1
                if rounds == 0:
                    return
